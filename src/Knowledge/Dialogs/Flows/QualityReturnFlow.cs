using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A damaged or defective item: the order, a description, photos (image attachments), then a return or exchange case
/// queued for a person to review, with who pays the postage explained. Compensation above what the bot may offer
/// goes to a supervisor.
/// </summary>
public sealed partial class QualityReturnFlow : IDialogFlow
{
    public const string QualityReview = "quality_review";
    public const string Compensation = "compensation";
    private const string DescriptionKey = "description";
    private const string PhotosKey = "photos";

    public string Intent => IntentIds.QualityReturn;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        KeepPhotos(context);
        if (state.Step == DialogSteps.AskDescription)
        {
            state.Values[DescriptionKey] = Clip(context.Text);
            state.Step = null;
        }
        else if (state.Step != DialogSteps.AskPhoto && Describes(context) && !state.Values.ContainsKey(DescriptionKey))
        {
            state.Values[DescriptionKey] = Clip(context.Text);
        }

        if (AskedAmount(context) is { } amount && amount > context.Services.Options.MaxBotCompensation)
        {
            context.Say("quality_return.needs_supervisor");
            context.NeedPerson(Compensation);
            context.Finish();
            return;
        }

        var order = OrderResolver.Resolve(context, "quality_return", o => o.Status is OrderStatus.Shipped or OrderStatus.Completed);
        if (order is null)
        {
            return;
        }

        var slots = context.SlotsOf(order);
        if (order.Status is OrderStatus.AwaitingPayment or OrderStatus.AwaitingShipment)
        {
            context.Say("quality_return.not_delivered_yet", slots);
            context.Finish();
            return;
        }

        if (order.Status == OrderStatus.Closed)
        {
            context.Say("track.closed", slots);
            context.Finish();
            return;
        }

        if (state.Step == null && order.Status == OrderStatus.Shipped && CourierDamage().IsMatch(context.Normalized))
        {
            context.Say("quality_return.courier_damage");
        }

        if (state.Step == null && CompensationWords().IsMatch(context.Normalized))
        {
            context.Say("quality_return.compensation_offer");
        }

        await NextAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
    }

    private static async Task NextAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (!state.Values.ContainsKey(DescriptionKey))
        {
            context.Say("quality_return.ask_description", slots);
            context.Await(DialogSteps.AskDescription);
            return;
        }

        var photos = Photos(state);
        if (photos.Count == 0 && !(state.Step == DialogSteps.AskPhoto && NoPhoto().IsMatch(context.Normalized)))
        {
            if (state.Step == DialogSteps.AskPhoto)
            {
                context.Fail();
            }

            context.Say("quality_return.ask_photo", slots);
            context.Suggest("暂时拍不了照片");
            context.Await(DialogSteps.AskPhoto);
            return;
        }

        var description = state.Values[DescriptionKey];
        var exchange = ExchangeWords().IsMatch(description) || ExchangeWords().IsMatch(context.Normalized);
        await context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, exchange, description, photos, cancellationToken).ConfigureAwait(false);
        context.Say(photos.Count > 0 ? "quality_return.case_opened" : "quality_return.case_opened_photos_later", slots);
        context.NeedPerson(QualityReview);
        context.Finish();
    }

    private static void KeepPhotos(FlowContext context)
    {
        if (context.Input.PhotoUrls.Count == 0)
        {
            return;
        }

        var photos = Photos(context.State).Concat(context.Input.PhotoUrls).Distinct(StringComparer.Ordinal).Take(CaseDraftValidator.MaxPhotos);
        context.State.Values[PhotosKey] = string.Join('\n', photos);
    }

    private static List<string> Photos(DialogState state) =>
        state.Values.TryGetValue(PhotosKey, out var photos) ? [.. photos.Split('\n', StringSplitOptions.RemoveEmptyEntries)] : [];

    // A first message that says more than "I want to return" counts as the description.
    private static bool Describes(FlowContext context) =>
        context.Normalized.Replace(" ", string.Empty, StringComparison.Ordinal).Length >= 6 && DefectWords().IsMatch(context.Normalized);

    private static decimal? AskedAmount(FlowContext context)
    {
        if (!CompensationWords().IsMatch(context.Normalized))
        {
            return null;
        }

        var match = Amount().Match(context.Normalized);
        return match.Success ? decimal.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string Clip(string text) => text.Trim() is { Length: > 500 } clipped ? clipped[..500] : text.Trim();

    [GeneratedRegex("破损|压坏|压扁|摔坏|外包装|箱子烂|运输|快递弄坏|碎")]
    private static partial Regex CourierDamage();

    [GeneratedRegex("赔|补偿|补贴|返现")]
    private static partial Regex CompensationWords();

    [GeneratedRegex("(?<n>[0-9]+(\\.[0-9]+)?) ?(元|块|rmb|¥)|[¥￥] ?(?<n>[0-9]+(\\.[0-9]+)?)")]
    private static partial Regex Amount();

    [GeneratedRegex("换")]
    private static partial Regex ExchangeWords();

    [GeneratedRegex("没有照片|没照片|拍不了|没法拍|不方便拍|不能拍|不会拍|拍不|没拍|扔了")]
    private static partial Regex NoPhoto();

    [GeneratedRegex("坏|破|裂|碎|漏|脏|污|瑕疵|质量|问题|掉|开线|脱|锈|不亮|不响|不转|不走|没声|异味|过期|变质|少|缺|错|不能用|用不了|划痕|起球|褪色|色差|发霉|断|卡|死机|发烫|接触不良")]
    private static partial Regex DefectWords();
}
