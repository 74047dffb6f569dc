namespace SafetyPortal.Notifications;

/// <summary>Marker for the module's texts (Resources/NotificationsResource.resx, Chinese; .en.resx, English).</summary>
public sealed class NotificationsResource;
