using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Policies;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>The shop data and settings every flow uses, gathered so that flows take one dependency.</summary>
public sealed class DialogServices(
    IOrderLookup orders,
    IReplyTemplates templates,
    IPolicySearch policies,
    ICaseStore cases,
    IOptions<OrdersOptions> ordersOptions,
    IOptions<DialogOptions> dialogOptions)
{
    public IOrderLookup Orders { get; } = orders;

    public IReplyTemplates Templates { get; } = templates;

    public IPolicySearch Policies { get; } = policies;

    public ICaseStore Cases { get; } = cases;

    public OrdersOptions OrdersOptions => ordersOptions.Value;

    public DialogOptions Options => dialogOptions.Value;
}
