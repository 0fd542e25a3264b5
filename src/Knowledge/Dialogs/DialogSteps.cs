namespace ShopBot.Knowledge.Dialogs;

/// <summary>What a flow is waiting for. Steps that take free text are told apart from steps with a checkable answer.</summary>
public static class DialogSteps
{
    public const string ChooseOrder = "choose_order";
    public const string AskOrder = "ask_order";
    public const string AskReason = "ask_reason";
    public const string AfterRetention = "after_retention";
    public const string AskDescription = "ask_description";
    public const string AskPhoto = "ask_photo";
    public const string AskTitleType = "ask_title_type";
    public const string AskTitle = "ask_title";
    public const string AskTaxNumber = "ask_tax_number";
    public const string AskEmail = "ask_email";
    public const string AskAddress = "ask_address";
    public const string AskContact = "ask_contact";

    /// <summary>A compensation within the bot's limit was offered in place of a larger sum: yes or no.</summary>
    public const string AskCompensation = "ask_compensation";

    /// <summary>Which remedy a defect is settled with, when the buyer refused the default one.</summary>
    public const string AskRemedy = "ask_remedy";

    /// <summary>The day a held order may go out, when the buyer asked to ship later without naming one.</summary>
    public const string AskShipDate = "ask_ship_date";

    /// <summary>The size or colour an order change is to, when the buyer asked to change it without naming one.</summary>
    public const string AskNewValue = "ask_new_value";

    /// <summary>Steps whose answer is whatever the buyer writes, so a change of topic must be clearer to be believed.</summary>
    public static bool TakesFreeText(string? step) => step is AskReason or AskDescription or AskTitle or AfterRetention or AskAddress or AskContact;
}
