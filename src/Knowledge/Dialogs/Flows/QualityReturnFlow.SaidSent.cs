using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "视频刚发你了": what the buyer says was sent is what the record names, a video or photos; said in this line, or
/// earlier in the chat about the case recorded here.
/// </summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>
    /// "照片我刚发过去了", "视频发你了": taken as sent, never asked for again; a colleague looks in the chat. "照片已经发你了"
    /// said after the case was recorded holds for the remedy chosen next ("把碎的和少的补给我就行") too.
    /// </summary>
    private static void KeepPhotosSaidSent(FlowContext context)
    {
        var state = context.State;
        if (context.Input.PhotoUrls.Count > 0 || state.Values.ContainsKey(PhotosSaidSentKey))
        {
            return;
        }

        if (AlreadyDone.PhotoSent(context.Compact))
        {
            // "视频刚发你了": the record says a video, so the colleague looks for the right thing.
            state.Values[PhotosSaidSentKey] = VideoOnly(context.Compact) ? "视频" : "照片";
        }
        else if ((state.OrderNumber ?? RecordedHere(state)) is { } number && RecordedCaseTalk.PhotosToldSent(state, number))
        {
            state.Values[PhotosSaidSentKey] = "照片";
        }
    }

    /// <summary>"视频发你了", "录了个视频": a video said sent, with no photo beside it.</summary>
    private static bool VideoOnly(string compact) => VideoWords().IsMatch(compact) && !PhotoWords().IsMatch(compact);

    [GeneratedRegex("视频|录像|小视频|影片")]
    private static partial Regex VideoWords();

    [GeneratedRegex("照片|图片|图|相片")]
    private static partial Regex PhotoWords();
}
