namespace SafetyPortal.Articles;

public static class ArticlesPermissions
{
    public const string GroupName = "Articles";

    public static class CaseWarnings
    {
        /// <summary>Read published case-warning articles (以案示警): every role.</summary>
        public const string Default = GroupName + ".CaseWarnings";

        /// <summary>Write drafts and send them for review: the bureau's on the host, the town's in a town.</summary>
        public const string Manage = Default + ".Manage";

        /// <summary>Approve or return articles in review, publish, schedule and withdraw them.</summary>
        public const string Review = Default + ".Review";
    }

    public static class MustRead
    {
        /// <summary>
        /// Assign an article as required reading (必读) to an audience and see who has not read it: towns for their
        /// town, enterprise safety managers for their enterprise.
        /// </summary>
        public const string Default = GroupName + ".MustRead";
    }

    public static class Commendations
    {
        /// <summary>See published honour rolls (表彰光荣榜): every role.</summary>
        public const string Default = GroupName + ".Commendations";

        /// <summary>Compute rankings and propose a town's commendation list (with additions and exclusions).</summary>
        public const string Propose = Default + ".Propose";

        /// <summary>Approve or return proposed lists and publish them: the bureau.</summary>
        public const string Approve = Default + ".Approve";
    }
}
