using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// What a line says about a change or a case this chat just recorded, before the model's reading: a split shipment's
/// second address, a part of an address left out, the address read back, the pieces of an exchange and its fallback,
/// a whole refund accepted if a cut, a change or a hold cannot be done, and the order shipped as bought if a cut or a change cannot.
/// </summary>
public sealed partial class DialogEngine
{
    private static async Task<DialogOutcome?> HeardAboutRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        // "我没撤销啊 谁关的" about a refund the order shows closed: how refunds close and a colleague to check, before
        // any waiting flow takes the line (a repair recorded instead of the answer).
        if (await RefundClosedWho.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "我妈地址：…", "另一套还是寄我家" right after the answer that one order ships whole to one address.
        if (SplitFollowUp.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
        }

        // "漏了 后面还有 3幢201室" right after a new address was recorded: added to it, never a need read from "漏了".
        // "不对 是3号楼前台" right after it: the part put right in it, never a delivery note read from "前台".
        // "还有楼层是16楼 刚打错了": a part of a kind already recorded, said to be wrong, replaces it before anything is added.
        if (await AddressPartCorrected.TryAsync(context, cancellationToken).ConfigureAwait(false)
            || await AddressDetailAdded.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.ChangeAddress);
        }

        // "帮我确认下地址是中山北路那个吧": the order's details read back; "她白天在家 我不在" after a new recipient: who the courier calls.
        // "都寄文三路那个地址" where the orders to ship already go: the address stays, never a new one asked for.
        if (await AddressReadBack.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) || await RecipientAtHome.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false)
            || await AddressAsOrdered.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.ChangeAddress);
        }

        // "麻烦快点改 别发到家里去了" right after the new address was recorded: the record stands, never a courier or a hurry.
        if (await ChangeUrged.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.ChangeAddress);
        }

        // "先发L的过来 XL的我收到再寄回去": the new goods first is a colleague's to agree. "另一件没问题", "两件都换 吊牌没剪" after an exchange of several pieces was recorded: the pieces kept on it, before
        // the details are taken for the order's; "有的话换黑的": the colour it waits for; "没有1.5的话就退了吧": its fallback; "仓库是不是发错了" after the order's colour or size,
        // "退钱吧" after its count: that again; "床是1.5的 根本铺不了" after its size: the exchange or return for the fit.
        if (await ExchangeSentFirst.TryAsync(context, cancellationToken).ConfigureAwait(false)
            || await ExchangePieces.TryAsync(context, cancellationToken).ConfigureAwait(false)
            || await ExchangeTarget.TryAsync(context, cancellationToken).ConfigureAwait(false)
            || await ExchangeKept.TryAsync(context, cancellationToken).ConfigureAwait(false)
            || await ExchangeFallback.TryAsync(context, cancellationToken).ConfigureAwait(false) || ColourAsOrdered.TryAgain(context) || SizeAsOrdered.TryAgain(context)
            || SizeAsOrdered.TryFitStated(context)
            || CountAsOrdered.TryAgain(context))
        {
            return Answered(context, IntentIds.NoReasonReturn);
        }

        // "18号就付款了 等了三四天都没动静" right after the refund of the unshipped order was recorded: on that record.
        if (await RefundWaitAdded.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.RefundUnshipped);
        }

        // "晚点再寄回去可以吗" about a return or exchange on record: how long the goods can wait, never a shipping delay.
        if (await ReturnSentLater.TryAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return Answered(context, IntentIds.NoReasonReturn);
        }

        // "要是只能全退的话 那全退了我重拍一套也行", "压不了的话就先退了吧" after fewer pieces, a hold or a change were noted:
        // the fallback goes on that record, no refund reason asked.
        if (await RefundFallback.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) is { } fallbackFlow)
        {
            return Answered(context, fallbackFlow);
        }

        // "要是改不了就先发吧 别再拖了": the request stands and the order ships as bought only if it cannot be done.
        if (await ShipFallback.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) is { } shipFlow)
        {
            return Answered(context, shipFlow);
        }

        return null;
    }
}
