using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Putting the goods together and using them: answered from the installation policy first; a colleague is called when
/// the buyer asks to be taught, or is still stuck after the manual and a colleague's guidance were offered.
/// </summary>
public sealed partial class AnswerFlows
{
    /// <summary>A part that will not fit: what to check, and the manual or a colleague's guidance offered.</summary>
    private const string FitTemplate = "installation.fit_trouble";

    // What offers the electronic manual and a colleague's guidance without calling one yet.
    private static readonly string[] HelpOffered = ["installation.help_offer", "installation.no_video_offer", FitTemplate];

    private static string InstallationAnswer(FlowContext c) => c.Normalized switch
    {
        _ when OnSiteWords().IsMatch(c.Normalized) => WithPerson(c, IntentIds.Installation, "installation.on_site"),
        // "有没有视频教一下": no video is made up; the electronic manual and a colleague guiding are what the shop has.
        // "有没有安装视频" alone asks for no one: said there is none, and the help offered, not queued. "说明书早扔了 有没有
        // 视频教一下" asks about the video too, so it is answered before the lost manual.
        _ when VideoWords().IsMatch(c.Normalized) => HelpAskedWords().IsMatch(c.Normalized)
            ? WithPerson(c, IntentIds.Installation, "installation.no_video") : "installation.no_video_offer",
        // "有电子版吗" about the manual: yes, a colleague sends it, said before the handover, never only "转人工".
        _ when ElectronicManualWords().IsMatch(c.Normalized) => WithPerson(c, IntentIds.Installation, "installation.manual_electronic"),
        _ when ManualGoneWords().IsMatch(c.Normalized) => WithPerson(c, IntentIds.Installation, "installation.manual_lost"),
        // "盒子里没看到说明书": none came with the goods, so the electronic one, never the product page's spec text.
        _ when ManualMissingWords().IsMatch(c.Normalized) => WithPerson(c, IntentIds.Installation, "installation.manual_missing"),
        // "说明书看不懂 怎么装上去" the first time: what to try and the help offered; asked for, or still stuck after the
        // offer, a colleague guides.
        _ when StuckWords().IsMatch(c.Normalized) => HelpAskedWords().IsMatch(c.Normalized) || HelpOffered.Any(t => c.Told(t, null))
            ? WithPerson(c, IntentIds.Installation, "installation.remote_help") : "installation.help_offer",
        // "灯杆插不进底座": what to check first and the manual or a colleague offered; said again, a colleague guides.
        _ when FitWords().IsMatch(c.Normalized) => c.Told(FitTemplate, null) ? WithPerson(c, IntentIds.Installation, "installation.remote_help") : FitTemplate,
        // "这个怎么用", "开关在哪": how to use it, not how to put it together, is never told the assembly steps.
        // Asked again after the manual was pointed to: a colleague who knows the product answers.
        _ when !AssemblyWords().IsMatch(c.Normalized) => c.Told(UseTemplate, null) ? WithPerson(c, IntentIds.Installation, "installation.use_person") : UseTemplate,
        _ => "installation.guide",
    };

    // "插不进", "卡不上", "套不进去": a part that will not go in, said of putting the goods together.
    [GeneratedRegex("(插|卡|套|塞|拧|安|拼)不(进|上|到一起)")]
    private static partial Regex FitWords();

    [GeneratedRegex("(有没有|有|发个?|给个?|来个?)(安装|教学|组装)?视频|视频教")]
    private static partial Regex VideoWords();

    [GeneratedRegex("还是不会|还是装不|不会装|有没有人教|说明书(丢|没了|找不到|不见)|安装视频|装不上|装不好|装不起来|远程|视频教|教我|教一下|教教|指导|看不懂|人工|同事")]
    private static partial Regex StuckWords();

    // "能远程教一下吗", "有没有人教", "找个同事帮我": someone asked to teach, so a colleague is called at once.
    [GeneratedRegex("有没有人教|有人教|远程|视频教|教我|教一下|教下|教教|指导|人工|同事|还是不会|还是装不")]
    private static partial Regex HelpAskedWords();
}
