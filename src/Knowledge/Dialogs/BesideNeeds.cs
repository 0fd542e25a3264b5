using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A second need said in passing beside the main one, answered in the same reply after it: "明天不在家怎么办" next to
/// a tracking question (a parcel station, a locker, a time agreed with the courier, or a change of address before
/// shipping), "怎么发图片" inside the quality flow (how to send a photo in this chat), "加个微信发照片" (photos are sent
/// here, no outside contact). Said once per conversation.
/// </summary>
public static partial class BesideNeeds
{
    public const string NotHomeTemplate = "asides.not_home";
    public const string PhotoHowTemplate = "asides.photo_how";
    public const string ContactHereTemplate = "asides.contact_here";

    // The wish was just passed on to the courier's station: general advice (and an address change "if not shipped") is noise.
    private const string PassedOnTemplate = "track.courier_wish_passed_on";

    public static bool NotHome(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return NotHomeWords().IsMatch(compactText);
    }

    public static bool AsksHowToSendPhoto(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        // "照片发不了 手机坏了": the buyer cannot take or send one at all, so how to send it is no help.
        return PhotoHowWords().IsMatch(compactText) && !NoCamera().IsMatch(compactText);
    }

    /// <summary>Adds the answers to the needs said in passing that this turn's replies have not met yet.</summary>
    /// <returns>True when an answer was added.</returns>
    public static bool Add(FlowContext context, bool handedOver)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (handedOver || context.NeedsPerson is not null || context.Input.Understanding.HandoffRequested)
        {
            return false;
        }

        var before = context.Replies.Count;
        if (NotHome(context.Compact) && AboutDelivery(context) && !context.Replies.Any(r => r.TemplateId == NotHomeTemplate) && !context.Told(NotHomeTemplate, null)
            && context.State.ActiveFlow != IntentIds.ChangeAddress && !context.Replies.Any(r => r.TemplateId is PassedOnTemplate or NobodyHome.Template or NobodyHome.RedirectFallback))
        {
            context.Say(NotHomeTemplate);
        }

        if (AsksHowToSendPhoto(context.Compact) && !context.Replies.Any(r => r.TemplateId == PhotoHowTemplate) && !context.Told(PhotoHowTemplate, null))
        {
            context.Say(PhotoHowTemplate);
        }

        // "方便的话加个微信发照片给你" beside a repair: declined in one line, unless the turn answered it already or the
        // chat's off-platform policy was told ("加个微信呗" as the whole question): the refusal is said once.
        if (OffPlatformContact.IsAsked(context.Compact) && !context.Replies.Any(r => r.TemplateId.StartsWith("payment.", StringComparison.Ordinal) || r.TemplateId == OffPlatformContact.QueuedTemplate)
            && !context.Told(ContactHereTemplate, null) && !context.State.AnsweredPolicies.Contains(OffPlatformContact.PolicyId, StringComparer.Ordinal))
        {
            context.Say(ContactHereTemplate);
        }

        ShippingAsides.Add(context);

        return context.Replies.Count > before;
    }

    /// <summary>Not being at home matters to a delivery: a tracking, shipping or arrival answer, or none understood.</summary>
    private static bool AboutDelivery(FlowContext context) =>
        context.Replies.Count == 0 || context.Failed
        || context.Replies.Any(r => DeliveryAreas().IsMatch(r.TemplateId));

    [GeneratedRegex("^(track|hurry|arrival|needs|fallback)\\.|^asides\\.typical_days$")]
    private static partial Regex DeliveryAreas();

    [GeneratedRegex("(?:手机|摄像头|相机|镜头)(?:也|都)?(?:坏了|摔坏|进水|没电|丢了|不在身边|拍不了)|没(?:有)?(?:手机|相机)|借的手机|老人机")]
    private static partial Regex NoCamera();

    [GeneratedRegex("不在家|没人在家|(?:家里|家中)[^，,。]{0,3}(?:没人|没有人)|没人收|不在(?:本地|当地|这边)|出差|白天(要)?上班|上班不在|没法签收|签收不了|收不了快递|不方便收|人不在(家|本地)")]
    private static partial Regex NotHomeWords();

    // "视频我录好了 怎么发给你": the clip or the photos named before the how.
    [GeneratedRegex("怎么(发|传|上传)(图|图片|照片|相片|视频)|(图片|照片|相片|视频)[^，,。?？]{0,6}怎么(发|传|上传)给?(你|你们)?|(图片|照片|图|相片|视频)(要)?怎么(发|传|上传)|怎么拍照?(了|好)?(发|传)|发不了(图|图片|照片)|(图片|照片)发不(了|出去|上去)|在哪(里)?(发|传)(图|图片|照片)|怎么给你(发|传)(图|图片|照片)")]
    private static partial Regex PhotoHowWords();
}
