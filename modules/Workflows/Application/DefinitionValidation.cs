using SafetyPortal.Platform.Application;
using SafetyPortal.Workflows.Activities;
using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Parsing;
using SafetyPortal.Workflows.Engine.Validation;

namespace SafetyPortal.Workflows.Application;

/// <summary>Parses and validates XML against the registered activities; not-XML becomes a 400 on the "xml" field.</summary>
public sealed class DefinitionValidation(ActivityRegistry activities)
{
    public const string XmlField = "xml";

    public (ParsedDefinition Parsed, IReadOnlyList<ModelError> Errors) Check(string? xml)
    {
        ParsedDefinition parsed;
        try
        {
            parsed = BpmnParser.Parse(xml ?? "");
        }
        catch (BpmnFormatException e)
        {
            var errors = new ValidationErrors();
            errors.Add(XmlField, e.Message);
            throw new ValidationException(errors);
        }
        return (parsed, ProcessValidator.Validate(parsed, activities.Exists));
    }
}
