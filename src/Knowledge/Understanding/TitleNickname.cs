using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// A personal invoice title that is no textbook name ("抬头写兔小白"): two to four characters right after 抬头, none of
/// them a word a sentence is made of, and no organisation ending, so it is taken as the person's chosen title.
/// </summary>
internal static partial class TitleNickname
{
    /// <summary>The longest plausible title at the start of <paramref name="run"/>, or null.</summary>
    public static string? Leading(string run)
    {
        ArgumentNullException.ThrowIfNull(run);
        for (var length = Math.Min(4, run.Length); length >= 2; length--)
        {
            var candidate = run[..length];
            if (candidate.All(PersonNames.IsHan) && !SentenceCharacter().IsMatch(candidate) && !NotTitle().IsMatch(candidate)
                && !InvoiceTitleCheck.OrganisationEnding().IsMatch(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex("[的了吗呀啊呢吧么嘛哦哈嗯是在有不没无我你他她它这那个们就都也还很要想给把被让用发退换改买收到货单号码元块件天周月年点时谢请问刚说翻已和跟再能会可该得过去来看里外前后多少每几些做拿送寄开关错对写填票税邮箱电纸质]")]
    private static partial Regex SentenceCharacter();

    [GeneratedRegex("个人|公司|单位|企业|本人|自己|私人|名字|姓名|抬头|普通|专用|增值")]
    private static partial Regex NotTitle();
}
