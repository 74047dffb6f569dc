using SafetyPortal.Platform.Modularity;

namespace SafetyPortal.Platform.Menus;

/// <summary>Every module's menu items, ordered; built once at start.</summary>
public sealed class MenuCatalog
{
    public MenuCatalog(ModuleCatalog catalog)
    {
        var builder = new MenuBuilder();
        foreach (var module in catalog.Modules)
        {
            module.ConfigureMenu(builder);
        }
        Items = [.. builder.Items.OrderBy(i => i.Order)];
    }

    public IReadOnlyList<MenuItem> Items { get; }
}
