using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Import;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// Imports a question file: read by the format's reader, every question checked by the same rules as the editor, the
/// good ones stored in one save (with the categories they need), the bad ones reported with their reason and nothing
/// of them stored. A file that cannot be read at all is a 400 on "file". Duplicates of existing stems are stored and reported.
/// </summary>
public sealed class ImportQuestions(PortalDbContext db, QuestionScope scope, QuestionEditor editor, ManageCategories categories,
    IStringLocalizer<ExamsResource> text)
{
    public const string FileField = "file";

    public async Task<ImportResultDto> RunAsync(Stream content, QuestionImportFormat format, Guid? categoryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var file = Parse(content, format);
        var tree = await categories.ReadTreeAsync(cancellationToken);
        if (categoryId is { } id && tree.Find(id) is null)
        {
            throw ValidationException.For("categoryId", text["CategoryUnknown"]);
        }
        var placer = new CategoryPlacer(db, tree, scope.TenantId, categoryId, file.CategoryDescriptions, text["DefaultImportCategory"]);
        var rejected = new List<ImportRejectionDto>();
        var accepted = new List<(ParsedQuestion Parsed, Question Question)>();
        foreach (var parsed in file.Questions)
        {
            if (parsed.Content is null)
            {
                rejected.Add(new ImportRejectionDto(parsed.Index, parsed.Name, Reason(parsed.Problem ?? ParseProblem.Malformed, parsed.Detail)));
                continue;
            }
            var errors = new ValidationErrors();
            var question = new Question { TenantId = scope.TenantId };
            editor.Apply(question, Localised(parsed.Content), errors);
            if (!errors.IsEmpty)
            {
                rejected.Add(new ImportRejectionDto(parsed.Index, parsed.Name, Describe(errors)));
                continue;
            }
            accepted.Add((parsed, question));
        }
        foreach (var (parsed, question) in accepted)
        {
            question.CategoryId = placer.Place(parsed.CategoryPath);
            db.Add(question);
        }
        var duplicates = await DuplicatesAsync(accepted, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResultDto(accepted.Count, rejected, duplicates);
    }

    public static QuestionImportFormat? ParseFormat(string? format) => format?.Trim().ToUpperInvariant() switch
    {
        "MOODLEXML" or "XML" or "MOODLE" => QuestionImportFormat.MoodleXml,
        "GIFT" => QuestionImportFormat.Gift,
        "AIKEN" => QuestionImportFormat.Aiken,
        "XLSX" or "EXCEL" => QuestionImportFormat.Xlsx,
        _ => null,
    };

    private QuestionFile Parse(Stream content, QuestionImportFormat format)
    {
        try
        {
            return format switch
            {
                QuestionImportFormat.MoodleXml => MoodleXmlReader.Read(content),
                QuestionImportFormat.Gift => GiftReader.Read(ReadText(content)),
                QuestionImportFormat.Aiken => AikenReader.Read(ReadText(content)),
                _ => QuestionSheetReader.Read(content, text),
            };
        }
        catch (QuestionFileException ex)
        {
            throw ValidationException.For(FileField, text[$"FileProblem.{ex.Problem}", ex.Detail ?? ""]);
        }
        catch (ImportFileException ex)
        {
            throw ValidationException.For(FileField, ex.Message);
        }
        catch (DecoderFallbackException)
        {
            throw ValidationException.For(FileField, text["FileNotUtf8"]);
        }
    }

    private static string ReadText(Stream content)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>True/false options carry the words of the user's language, first true then false.</summary>
    private SaveQuestionRequest Localised(SaveQuestionRequest content) =>
        content.Kind == QuestionKind.TrueFalse && content.Options is { Count: 2 } options
            ? content with { Options = [options[0] with { Text = text["True"] }, options[1] with { Text = text["False"] }] }
            : content;

    private string Reason(ParseProblem problem, string? detail) => text[$"ParseProblem.{problem}", detail ?? ""];

    private static string Describe(ValidationErrors errors) =>
        string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));

    private async Task<List<ImportDuplicateDto>> DuplicatesAsync(List<(ParsedQuestion Parsed, Question Question)> accepted, CancellationToken cancellationToken)
    {
        var hashes = accepted.Select(a => a.Question.NormalisedStemHash).Distinct().ToList();
        var existing = new Dictionary<string, Guid>();
        foreach (var chunk in hashes.Chunk(500))
        {
            foreach (var row in await scope.Questions().Where(q => !q.IsRetired && chunk.Contains(q.NormalisedStemHash))
                         .Select(q => new { q.NormalisedStemHash, q.Id }).ToListAsync(cancellationToken))
            {
                existing.TryAdd(row.NormalisedStemHash, row.Id);
            }
        }
        var seen = new HashSet<string>();
        var duplicates = new List<ImportDuplicateDto>();
        foreach (var (parsed, question) in accepted)
        {
            var hash = question.NormalisedStemHash;
            if (existing.TryGetValue(hash, out var of))
            {
                duplicates.Add(new ImportDuplicateDto(parsed.Index, parsed.Name, of));
            }
            else if (!seen.Add(hash))
            {
                duplicates.Add(new ImportDuplicateDto(parsed.Index, parsed.Name, null));
            }
        }
        return duplicates;
    }
}
