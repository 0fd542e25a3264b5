using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "漏了 后面还有 3幢201室", "忘写单元了 2单元" right after a new address was recorded in this chat: the part left out is
/// added to the end of the recorded address, the change recorded again (the earlier one withdrawn) and what now stands
/// read back, never a new need read from "漏了".
/// </summary>
internal static partial class AddressDetailAdded
{
    private const string CorrectionNote = "（更正原申请";

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.Facts.Address is not null || !Adds().IsMatch(context.Compact) || PartOf(context.Compact) is not { Success: true } part
            || await AddressOnRecord.FindAsync(context, cancellationToken).ConfigureAwait(false) is not { } onRecord
            || onRecord.Recorded.Place.EndsWith(part.Value, StringComparison.Ordinal))
        {
            return false;
        }

        // A record written before ids were left out of descriptions may still carry "（更正原申请AS…）": never copied on.
        var description = onRecord.Description;
        var kept = description.IndexOf(CorrectionNote, StringComparison.Ordinal) is var at and >= 0 ? description[..at] : description;
        var notesAt = kept.IndexOf('（', StringComparison.Ordinal);
        var added = notesAt >= 0 ? kept[..notesAt] + part.Value + kept[notesAt..] : kept + part.Value;
        await onRecord.RecordAgainAsync(context, added, onRecord.Recorded.Place + part.Value, "买家补全了地址，以新申请为准", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The named part with what follows it ("星耀城2幢", "阳光花园3栋"), else the numbered part alone.</summary>
    private static Match PartOf(string compact) => NamedPart().Match(compact) is { Success: true } named ? named : Part().Match(compact);

    /// <summary>A part said to be missing from what was given: "漏了", "还有", "忘写", "补充", "后面加".</summary>
    [GeneratedRegex("漏|还有|還有|忘(?:了|记)?写|忘了|没写|沒寫|少写|补充|補充|后面(?:加|是|还)|後面|再加|加上")]
    private static partial Regex Adds();

    /// <summary>Building, unit and room: "3幢201室", "2单元", "5号楼1202".</summary>
    [GeneratedRegex("(?:[0-9]{1,4}(?:号楼|號樓|栋|棟|幢|座|单元|單元|楼|樓|层|層|室|弄)){1,4}(?:[0-9]{1,5}室?)?")]
    private static partial Regex Part();

    /// <summary>
    /// "星耀城2幢", "阳光花园3栋502", "锦绣小区", "金茂大厦", "柳营村": an estate, building or village named after the words
    /// that say it was left out, with the numbered part behind it; the cue words themselves ("后面还有") are no name.
    /// </summary>
    [GeneratedRegex("(?<=^|[^\\p{IsCJKUnifiedIdeographs}]|还有|後面|后面|是|加上|再加|补充|写|了)(?:(?!还有|后面|後面|是|漏|忘|写|补充|加上|再加|的|了|有|名)\\p{IsCJKUnifiedIdeographs}){1,6}(?:花园|小区|大厦|公寓|新村|家园|广场|公馆|大楼|苑|府|城|村|园|庭|湾|邸)(?:[0-9]{1,4}(?:号楼|号|栋|幢|座|单元|楼|层|室|弄)){0,4}(?:[0-9]{1,5}室?)?")]
    private static partial Regex NamedPart();
}
