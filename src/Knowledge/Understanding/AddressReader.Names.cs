using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// The recipient of an address when no marker names one: "收件人换成我老公张伟" is 张伟, and a word standing alone right
/// beside the mobile of an address ("…解放北路100号 阿里木 135…", "135… 扎西") is the recipient's name, whatever its
/// surname, as buyers write the name next to the number.
/// </summary>
internal sealed partial class AddressReader
{
    /// <summary>"我老公张伟": the name after the words for who the person is.</summary>
    private static string AfterRelation(string run) => Relation().Match(run) is { Success: true, Length: > 0 } relation ? run[relation.Length..] : run;

    /// <summary>
    /// The name the recipient words lead to: "收件人改成张伟", "收件人改成我老公张伟", or the next word when the run was
    /// who the person is alone ("收件人吗 改成我室友 李想").
    /// </summary>
    private static string? RecipientAfter(string text, Match marker)
    {
        // "收件人和地址都不变 就换个号码": the recipient named among the fields that stay, no new name.
        if (FieldsListed().IsMatch(marker.Groups["run"].Value))
        {
            return null;
        }

        var run = AfterRelation(CutAtKeyword(marker.Groups["run"].Value));
        if (run.Length == 0 && NextWord().Match(text, marker.Index + marker.Length) is { Success: true } next)
        {
            run = next.Groups["w"].Value;
        }

        return PersonNames.Leading(run) ?? PersonNames.Given(run);
    }

    /// <summary>"和地址", "跟电话": the recipient word only heads a list of fields.</summary>
    [GeneratedRegex("^[和跟与及](?:地址|电话|手机|号码|名字|姓名|联系方式)")]
    private static partial Regex FieldsListed();

    [GeneratedRegex(@"\G[\s,，:：]+(?<w>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])")]
    private static partial Regex NextWord();

    /// <summary>The word right before the mobile, else the one right after it, when it can be a name; null otherwise.</summary>
    private string? NameBeside(string text, int mobileStart, int mobileEnd)
    {
        var (start, before, _) = WordBefore(text, mobileStart);
        var after = mobileEnd;
        while (after < text.Length && Separator(text[after]))
        {
            after++;
        }

        var end = after;
        while (end < text.Length && NameCharacter(text[end]))
        {
            end++;
        }

        return new[] { text[start..before], text[after..end] }.FirstOrDefault(CanBeName);
    }

    /// <summary>"改成李强 139…", "换成王芳 电话138…": the name a change leads to right before the mobile, with no address given.</summary>
    private string? NameChangedTo(string text, int mobileStart)
    {
        var (start, before, changed) = WordBefore(text, mobileStart);
        return changed && CanBeName(text[start..before]) ? text[start..before] : null;
    }

    /// <summary>The name-like word before the mobile (past a word for the number), and whether words of changing led to it.</summary>
    private static (int Start, int End, bool Changed) WordBefore(string text, int mobileStart)
    {
        var before = SkipBack(text, mobileStart);
        // "换成李强 电话139…": the word for the number stands between the name and the number.
        if (MobileLabel().Match(text[..before]) is { Success: true } label)
        {
            before = SkipBack(text, label.Index);
        }

        var start = before;
        while (start > 0 && NameCharacter(text[start - 1]))
        {
            start--;
        }

        // "改成李强 139…": the words of changing before the name are no part of it.
        var change = ChangeWords().Match(text[start..before]);
        return (start + change.Length, before, change.Length > 0);
    }

    private bool CanBeName(string word) =>
        word.Length is >= 2 and <= 7 && word.Count(PersonNames.IsHan) >= 2 && !NotNameBesideMobile().IsMatch(word) && !AddressCharacter().IsMatch(word)
        && !divisions.Names.Contains(word);

    private static bool Separator(char c) => c is ' ' or ',' or ':' or ';';

    private static int SkipBack(string text, int index)
    {
        while (index > 0 && Separator(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    [GeneratedRegex("(?:电话|手机|手机号|电话号|号码)(?:是|为)?$")]
    private static partial Regex MobileLabel();

    [GeneratedRegex("^(?:收件人|收货人|名字)?(?:改成|换成|改为|换为|变成|写成|就是|是|叫)")]
    private static partial Regex ChangeWords();

    private static bool NameCharacter(char c) => PersonNames.IsHan(c) || c == '·';

    [GeneratedRegex("^(?:我|俺)?的?(?:老公|老婆|爱人|媳妇|对象|老妈|妈妈|妈|老爸|爸爸|爸|父亲|母亲|女朋友|男朋友|朋友|同事|闺蜜|姐姐|姐|哥哥|哥|弟弟|妹妹|儿子|女儿|家人|室友|老板|领导|同学|婆婆|公公|奶奶|爷爷|外婆|姥姥)(?:的名字|名字|叫|是)?")]
    private static partial Regex Relation();

    /// <summary>Words and characters a sentence is made of, never a name standing beside a number.</summary>
    [GeneratedRegex("[我你他她它的了吗呢吧啊呀哦嘛是在有不没要改换收寄送发到请谢麻烦电话手机号码地址这那个们都也还就和跟单件货快递新原]")]
    private static partial Regex NotNameBesideMobile();
}
