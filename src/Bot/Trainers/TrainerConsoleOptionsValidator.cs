using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Trainers;

/// <summary>Fails start-up on a trainer key that is missing, short, shared, nameless, or a development key outside Development.</summary>
public sealed class TrainerConsoleOptionsValidator(IHostEnvironment environment) : IValidateOptions<TrainerConsoleOptions>
{
    public ValidateOptionsResult Validate(string? name, TrainerConsoleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Trainers.Count == 0)
        {
            failures.Add("Consoles:Trainers needs at least one { \"Key\", \"Name\" } entry for the trainer console.");
        }

        for (var i = 0; i < options.Trainers.Count; i++)
        {
            var trainer = options.Trainers[i];
            var where = $"Consoles:Trainers:{i}";
            if (trainer.Key.Trim().Length < TrainerConsoleOptions.MinimumKeyLength || trainer.Key.Any(char.IsWhiteSpace))
            {
                failures.Add($"{where}:Key must be at least {TrainerConsoleOptions.MinimumKeyLength} characters without spaces.");
            }

            if (trainer.Name.Trim().Length is 0 or > 40)
            {
                failures.Add($"{where}:Name must be 1 to 40 characters.");
            }

            if (!environment.IsDevelopment() && trainer.Key.StartsWith(TrainerConsoleOptions.DevelopmentKeyPrefix, StringComparison.Ordinal))
            {
                failures.Add($"{where}:Key is a development key; set a real one with the environment variable Consoles__Trainers__{i}__Key.");
            }
        }

        var shared = options.Trainers.GroupBy(t => t.Key, StringComparer.Ordinal).Where(g => g.Count() > 1 && g.Key.Length > 0);
        failures.AddRange(shared.Select(_ => "Consoles:Trainers: two trainers share a key; give each trainer their own."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
