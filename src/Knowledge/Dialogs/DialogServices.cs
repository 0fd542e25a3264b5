using ShopBot.Knowledge.Entities;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Kernel;
using ShopBot.Knowledge.Logistics;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>The shop data, actions and settings every flow uses, gathered so that flows take one dependency.</summary>
public sealed class DialogServices(
    IOrderLookup orders,
    IReplyTemplates templates,
    IPolicyAnswers policies,
    IAfterSalesActions actions,
    IOptions<OrdersOptions> ordersOptions,
    IOptions<DialogOptions> dialogOptions,
    MessageAnalyzer analyzer,
    TimeProvider time,
    ParcelTracking? tracking = null)
{
    public IOrderLookup Orders { get; } = orders;

    public IReplyTemplates Templates { get; } = templates;

    /// <summary>Policy search (through the kernel) and, when a chat model is configured, grounded answers.</summary>
    public IPolicyAnswers Policies { get; } = policies;

    /// <summary>Hurry notes, refund, return and invoice requests, lost parcels: kernel functions scoped to the buyer.</summary>
    public IAfterSalesActions Actions { get; } = actions;

    /// <summary>Reads the orders, address, invoice fields, reasons and cues a message holds.</summary>
    public MessageAnalyzer Analyzer { get; } = analyzer;

    public TimeProvider Time { get; } = time;

    /// <summary>Logistics traces and the stalled-parcel watch list; null where no live data is used (the trainer's dry run).</summary>
    public ParcelTracking? Tracking { get; } = tracking;

    public OrdersOptions OrdersOptions => ordersOptions.Value;

    public DialogOptions Options => dialogOptions.Value;
}
