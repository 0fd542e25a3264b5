using Microsoft.Extensions.Options;

namespace ShopBot.Handoff.Hosting;

/// <summary>Checks what data annotations cannot: the time zone exists and the business day is not empty.</summary>
internal sealed class HandoffOptionsValidator : IValidateOptions<HandoffOptions>
{
    public ValidateOptionsResult Validate(string? name, HandoffOptions options)
    {
        var failures = new List<string>();
        var hours = options.BusinessHours;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(hours.TimeZone ?? "", out _))
        {
            failures.Add($"Handoff:BusinessHours:TimeZone '{hours.TimeZone}' is not a known time zone.");
        }

        if (hours.Opens == hours.Closes)
        {
            failures.Add("Handoff:BusinessHours:Opens and Closes are equal; use 00:00 and 23:59 for a shop that never closes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
