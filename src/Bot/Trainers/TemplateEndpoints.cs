using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Knowledge;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// <c>/api/trainer/templates</c>: list the template files with their situations, read one file's YAML, and save an
/// edited file, which the template store checks (slots, the reply screen) before writing: a refused file is a 422
/// with every reason, and the file on disk stays as it was.
/// </summary>
internal static class TemplateEndpoints
{
    public const int MaxTemplateBytes = 256 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/templates", List);
        api.MapGet("/templates/{file}", ReadAsync);
        api.MapPut("/templates/{file}", SaveAsync);
    }

    private static IResult List(TemplateStore store) =>
        Results.Json(new TemplateList([.. store.All.GroupBy(t => t.File, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(file => new TemplateFileView(
                file.Key,
                file.First().Area,
                [.. file.OrderBy(t => t.Situation, StringComparer.Ordinal).Select(t => new SituationView(t.Id, t.Situation, [.. t.Slots.Order(StringComparer.Ordinal)], t.Variants))]))]),
            TrainerJsonContext.Web.TemplateList);

    private static async Task<IResult> ReadAsync(string file, KnowledgeBasePaths paths, CancellationToken cancellationToken)
    {
        var (path, error) = Locate(file, paths);
        if (error is not null)
        {
            return error;
        }

        var yaml = await File.ReadAllTextAsync(path!, cancellationToken).ConfigureAwait(false);
        return Results.Text(yaml, "text/yaml; charset=utf-8");
    }

    private static async Task<IResult> SaveAsync(HttpContext http, string file, KnowledgeBasePaths paths, TemplateStore store, CancellationToken cancellationToken)
    {
        var (_, error) = Locate(file, paths);
        if (error is not null)
        {
            return error;
        }

        var (yaml, bodyError) = await RequestText.ReadAsync(http.Request, MaxTemplateBytes, cancellationToken).ConfigureAwait(false);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var result = await store.SaveAsync(file, yaml!, cancellationToken).ConfigureAwait(false);
        return result.Saved
            ? Results.Json(new TemplateSaved(file, result.Templates), TrainerJsonContext.Web.TemplateSaved)
            : TrainerErrors.Refused($"{file} 没有保存，文件没有改动：请改好下面每一处再保存。", Problems(result.Problems));
    }

    /// <summary>The file of an existing template file name; the name pattern rules out any path.</summary>
    private static (string? Path, IResult? Error) Locate(string file, KnowledgeBasePaths paths)
    {
        if (!TemplateFile.IsValidFileName(file))
        {
            return (null, TrainerErrors.BadArgument("模板文件名只能是小写字母和下划线，以 .yaml 结尾，例如 track.yaml。"));
        }

        var path = Path.Combine(paths.Templates, file);
        return File.Exists(path) ? (path, null) : (null, TrainerErrors.NotFound($"没有模板文件“{file}”。"));
    }

    /// <summary>The store reports a problem with the whole set as one multi-line message; the trainer gets one line per problem.</summary>
    private static List<string> Problems(IReadOnlyList<string> problems) =>
        [.. problems.SelectMany(p => p.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => !p.StartsWith("Templates refused:", StringComparison.Ordinal))];
}
