using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.Logging;
using ShopBot.Knowledge.Screening;

namespace ShopBot.Knowledge.Templates;

/// <summary>
/// All template files of <c>knowledge-base/templates/</c>, checked (slots, reply screen) when loaded. A trainer's
/// edited file is checked the same way before it is written (through a temporary file and a rename) and served;
/// a refused file changes nothing.
/// </summary>
public sealed class TemplateStore(KnowledgeBasePaths paths, IReplyScreen screen, ILogger<TemplateStore> logger) : IReplyTemplates
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly Lock _gate = new();
    private FrozenDictionary<string, ReplyTemplate>? _templates;

    public IReadOnlyCollection<ReplyTemplate> All => Templates.Values;

    private FrozenDictionary<string, ReplyTemplate> Templates
    {
        get
        {
            var templates = Volatile.Read(ref _templates);
            if (templates is not null)
            {
                return templates;
            }

            lock (_gate)
            {
                return _templates ??= Load(new Dictionary<string, string>(StringComparer.Ordinal));
            }
        }
    }

    public bool Contains(string templateId) => Templates.ContainsKey(templateId);

    public ReplyTemplate? Get(string templateId) => Templates.GetValueOrDefault(templateId);

    public RenderedReply Render(string templateId, IReadOnlyDictionary<string, string?> slots, string seed)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        var template = Get(templateId) ?? throw new TemplateRenderException(templateId, null, $"No template '{templateId}' in {paths.Templates}.");
        return TemplateRenderer.Render(template, slots, seed);
    }

    /// <summary>Every variant of a template, the seed's own first (see <see cref="TemplateRenderer.RenderEach"/>).</summary>
    public IReadOnlyList<RenderedReply> RenderEach(string templateId, IReadOnlyDictionary<string, string?> slots, string seed)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        var template = Get(templateId) ?? throw new TemplateRenderException(templateId, null, $"No template '{templateId}' in {paths.Templates}.");
        return [.. TemplateRenderer.RenderEach(template, slots, seed)];
    }

    /// <summary>Reads every file again; throws <see cref="InvalidDataException"/> listing the problems, keeping the templates in use.</summary>
    public int Reload()
    {
        var templates = Load(new Dictionary<string, string>(StringComparer.Ordinal));
        lock (_gate)
        {
            _templates = templates;
        }

        return templates.Count;
    }

    /// <summary>Checks a trainer's edited file and, when every template passes, writes it and serves it.</summary>
    public async Task<TemplateSaveResult> SaveAsync(string fileName, string yaml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(yaml);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var parsed = TemplateFile.Parse(yaml, fileName, screen);
            if (!parsed.Succeeded)
            {
                logger.LogWarning("Template file {File} refused: {Problems} problems", fileName, parsed.Problems.Count);
                return new TemplateSaveResult(false, parsed.Problems, 0);
            }

            FrozenDictionary<string, ReplyTemplate> templates;
            try
            {
                // The whole set is checked with the new file in place of the old one before anything is written.
                templates = Load(new Dictionary<string, string>(StringComparer.Ordinal) { [fileName] = yaml });
            }
            catch (InvalidDataException exception)
            {
                return new TemplateSaveResult(false, [exception.Message], 0);
            }

            await WriteAtomicallyAsync(Path.Combine(paths.Templates, fileName), yaml, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                _templates = templates;
            }

            logger.LogInformation("Template file {File} saved with {Templates} templates", fileName, parsed.Templates.Count);
            return new TemplateSaveResult(true, [], parsed.Templates.Count);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private FrozenDictionary<string, ReplyTemplate> Load(Dictionary<string, string> overrides)
    {
        if (!Directory.Exists(paths.Templates))
        {
            throw new InvalidDataException($"The template folder '{paths.Templates}' does not exist.");
        }

        var files = Directory.EnumerateFiles(paths.Templates, "*.yaml").Select(Path.GetFileName).OfType<string>()
            .Concat(overrides.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var templates = new Dictionary<string, ReplyTemplate>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var yaml = overrides.TryGetValue(file, out var edited) ? edited : File.ReadAllText(Path.Combine(paths.Templates, file));
            var parsed = TemplateFile.Parse(yaml, file, screen);
            problems.AddRange(parsed.Problems);
            foreach (var template in parsed.Templates)
            {
                if (!templates.TryAdd(template.Id, template))
                {
                    problems.Add($"{file}：模板“{template.Id}”在 {templates[template.Id].File} 里也有定义。");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"Templates refused:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }

        logger.LogInformation("Loaded {Templates} reply templates from {Folder}", templates.Count, paths.Templates);
        return templates.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static async Task WriteAtomicallyAsync(string path, string content, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
