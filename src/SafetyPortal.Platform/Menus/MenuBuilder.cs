namespace SafetyPortal.Platform.Menus;

/// <summary>What a module's ConfigureMenu writes into.</summary>
public sealed class MenuBuilder
{
    private readonly List<MenuItem> _items = [];

    public IReadOnlyList<MenuItem> Items => _items;

    public MenuBuilder Add(MenuItem item)
    {
        _items.Add(item);
        return this;
    }
}
