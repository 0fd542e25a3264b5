namespace ShopBot.Bot.Trainers;

/// <summary>One trainer's bearer key and the name shown in the console and the logs.</summary>
public sealed class TrainerKey
{
    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
