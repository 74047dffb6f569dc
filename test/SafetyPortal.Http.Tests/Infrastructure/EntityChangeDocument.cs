namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record EntityChangeDocument(
    string ChangeType,
    string EntityTypeFullName,
    string EntityId,
    List<EntityPropertyChangeDocument> PropertyChanges)
{
    public EntityPropertyChangeDocument Property(string name) => Assert.Single(PropertyChanges, p => p.PropertyName == name);
}
