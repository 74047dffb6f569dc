namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record PermissionTreeDocument(string ProviderName, string ProviderKey, string ProviderDisplayName, bool IsReadOnly, List<PermissionGroupDocument> Groups)
{
    public IEnumerable<PermissionNodeDocument> All => Groups.SelectMany(g => g.Permissions).SelectMany(Flatten);

    public PermissionNodeDocument Find(string name) => All.Single(p => p.Name == name);

    private static IEnumerable<PermissionNodeDocument> Flatten(PermissionNodeDocument node) => node.Children.SelectMany(Flatten).Prepend(node);
}
