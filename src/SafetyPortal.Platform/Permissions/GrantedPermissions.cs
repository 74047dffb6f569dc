namespace SafetyPortal.Platform.Permissions;

/// <summary>The grant rows that apply to one user (theirs and their roles'), reduced to two sets.</summary>
internal sealed class GrantedPermissions(string key, IEnumerable<(string Name, bool IsGranted)> grants)
{
    private readonly HashSet<string> _granted = [.. grants.Where(g => g.IsGranted).Select(g => g.Name)];
    private readonly HashSet<string> _denied = [.. grants.Where(g => !g.IsGranted).Select(g => g.Name)];

    /// <summary>Town, user and roles the rows were read for; another principal needs another read.</summary>
    public string Key { get; } = key;

    /// <summary>Granted somewhere and denied nowhere: an explicit deny wins.</summary>
    public bool Allows(string name) => _granted.Contains(name) && !_denied.Contains(name);
}
