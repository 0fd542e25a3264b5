using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "包装袋没破 我拆的时候录了视频" about goods missing, wrong or broken: the buyer holds evidence the colleague checking the
/// packing record needs. The record says so, and a video not yet sent is asked for here, once.
/// </summary>
public static partial class UnboxingEvidence
{
    private const string VideoHeldKey = "unboxing_video_held";
    private const string IntactKey = "package_intact";
    /// <summary>The video held asked for before anything is recorded (the buyer may also go on without it).</summary>
    public const string FirstAskTemplate = AskTemplate + "_first";

    /// <summary>The video held asked for beside the record; neither ask is said twice.</summary>
    private const string AskTemplate = "quality_return.send_unboxing_video";

    /// <summary>Remembers, from any line of the flow, a video held and a package said intact.</summary>
    public static void Keep(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        // "拆箱视频没拍", "没有开箱视频": the video named is not held; a video said held before is taken back.
        if (NoVideo().IsMatch(compact))
        {
            context.State.Values.Remove(VideoHeldKey);
        }
        else if (HeldVideo().IsMatch(compact) && !AlreadyDone.PhotoSent(compact))
        {
            context.State.Values[VideoHeldKey] = "yes";
        }

        if (PackageIntact().IsMatch(compact))
        {
            context.State.Values[IntactKey] = "yes";
        }
    }

    /// <summary>True once the buyer said they filmed the unboxing and have not sent it yet.</summary>
    public static bool VideoHeld(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Values.ContainsKey(VideoHeldKey);
    }

    /// <summary>
    /// The description with the evidence the buyer told ("外包装完好；买家有开箱视频…"); asks for a video held and not sent
    /// with this line's attachments.
    /// </summary>
    public static string Noted(FlowContext context, string description)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.State.Values;
        var intact = values.ContainsKey(IntactKey);
        var video = values.ContainsKey(VideoHeldKey);
        if (!intact && !video)
        {
            return description;
        }

        if (video && context.Input.PhotoUrls.Count == 0 && !context.State.SaidTemplates.Exists(k => k.StartsWith(AskTemplate, StringComparison.Ordinal)))
        {
            context.Say(AskTemplate);
        }

        var notes = string.Join("；", new[] { intact ? "买家说外包装完好" : null, video ? "买家拆包时录了开箱视频，请同事核对" : null }.OfType<string>());
        return $"{description}（{notes}）";
    }

    [GeneratedRegex("(录|拍)了?(个|段|一段)?(开箱|拆箱|拆包)?视频|(开箱|拆箱|拆包|拆快递)视频|(拆|开)(箱|包|快递)?的时候(有)?(录|拍)|有(开箱|拆箱)?(视频|录像)")]
    private static partial Regex HeldVideo();

    // "拆箱视频没拍", "没录视频", "开箱视频没有", "拆的时候没录", "忘了拍视频": no video held, whatever words name one.
    [GeneratedRegex("(没|没有|未|忘了|忘记|不记得)(录|拍)?(了)?(个|段|一段)?(开箱|拆箱|拆包)?(视频|录像)|(视频|录像)(也|都)?(没|没有|未|忘了)(录|拍|留)|(视频|录像)(也|都)?没有(?![发给传])|(拆|开)(箱|包|快递)?的时候(没|没有|忘了)(录|拍)")]
    private static partial Regex NoVideo();

    [GeneratedRegex("(包装|外包装|袋子|箱子|盒子|快递袋|纸箱)[袋盒箱]?(没|没有|也没|都没)(破|烂|拆过|坏)|(包装|外包装|袋子|箱子|快递袋|纸箱)[袋盒箱]?(完好|好好的|是好的|没问题)")]
    private static partial Regex PackageIntact();
}
