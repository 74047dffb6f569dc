namespace SafetyPortal.Articles;

/// <summary>Marker for the module's texts (Resources/ArticlesResource.resx, Chinese; .en.resx, English).</summary>
public sealed class ArticlesResource;
