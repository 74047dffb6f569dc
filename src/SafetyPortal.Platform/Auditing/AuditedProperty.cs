using SafetyPortal.Platform.Privacy;

namespace SafetyPortal.Platform.Auditing;

/// <summary>How one property appears in the audit log: left out, recorded as a secret ("******"), masked, or as it is.</summary>
internal sealed record AuditedProperty(bool Omitted, bool Secret, PersonalDataKind? Mask)
{
    public static readonly AuditedProperty Omit = new(true, false, null);
    public static readonly AuditedProperty Hidden = new(false, true, null);
    public static readonly AuditedProperty Plain = new(false, false, null);

    public const string SecretText = "******";

    /// <summary>The stored text of a value: masked or hidden as the rules say, shortened to fit the column.</summary>
    public string? Render(object? value)
    {
        var text = AuditValueText.Format(value);
        if (text is null)
        {
            return null;
        }
        if (Secret)
        {
            return SecretText;
        }
        if (Mask is { } kind)
        {
            text = PersonalDataMask.Apply(kind, text);
        }
        return AuditValueText.Shorten(text, EntityPropertyChange.MaxValueLength);
    }
}
