namespace SafetyPortal.Platform.Privacy;

/// <summary>
/// Marks an entity or DTO property that holds personal data: the audit log stores it masked,
/// and lists show it through <see cref="PersonalDataMask"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class MaskedPersonalDataAttribute(PersonalDataKind kind) : Attribute
{
    public PersonalDataKind Kind { get; } = kind;
}
