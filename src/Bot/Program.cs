using ShopBot.Bot.AfterSales;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Cli;
using ShopBot.Bot.Conversations;
using ShopBot.Bot.Hosting;
using ShopBot.Knowledge;

var builder = WebApplication.CreateBuilder(BotHostOptions.Create(args));
var verb = CliVerbs.Find(args);
builder.AddRootSettings();
builder.AddStaticPages();
builder.AddBotLogging(forCommandLine: verb is not null);
builder.AddKnowledge();
builder.AddBotChannels();
builder.AddAfterSalesBot();
builder.AddConversationRecords();
builder.AddReports();
builder.AddTrainerConsole();
builder.AddAgentConsole();
builder.AddConsoleAuthentication();
builder.AddReadinessChecks();
if (verb is TestConversationsVerb or ChatVerb)
{
    builder.PlayAtTheSampleMoment();
}

var app = builder.Build();
if (verb is not null)
{
    return await CliRunner.RunAsync(verb, args, app.Services);
}

app.MapBotEndpoints();
await app.RunAsync();
return 0;

public partial class Program;
