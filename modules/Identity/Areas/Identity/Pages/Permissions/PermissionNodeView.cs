using SafetyPortal.Identity.Application.Permissions;

namespace SafetyPortal.Identity.Areas.Identity.Pages.Permissions;

/// <summary>One node of the tree as the partial draws it: ParentOn false disables it (a child needs its parent).</summary>
public sealed record PermissionNodeView(PermissionNodeDto Node, string? ParentName, bool ForUser, bool ReadOnly, bool ParentOn)
{
    public bool IsOn => ParentOn && (ForUser ? !Node.IsDenied : Node.IsGranted);

    public string InputId(string suffix) => $"perm-{Node.Name.Replace('.', '-')}-{suffix}";
}
