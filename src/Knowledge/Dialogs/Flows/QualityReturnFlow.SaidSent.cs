using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>"视频刚发你了": what the buyer says was sent is what the record names, a video or photos.</summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>"视频发你了", "录了个视频": a video said sent, with no photo beside it.</summary>
    private static bool VideoOnly(string compact) => VideoWords().IsMatch(compact) && !PhotoWords().IsMatch(compact);

    [GeneratedRegex("视频|录像|小视频|影片")]
    private static partial Regex VideoWords();

    [GeneratedRegex("照片|图片|图|相片")]
    private static partial Regex PhotoWords();
}
