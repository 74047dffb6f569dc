namespace SafetyPortal.SettingManagement;

/// <summary>Marker for the module's texts (Resources/SettingManagementResource.resx, Chinese; .en.resx, English).</summary>
public sealed class SettingManagementResource;
