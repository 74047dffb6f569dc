namespace SafetyPortal.Bench.City;

/// <summary>
/// Chinese words for generated data, written as escapes so the source stays ASCII (the house rule keeps
/// Chinese out of C#; these are test data, not UI text). Rows then weigh in a workbook what real ones do.
/// </summary>
internal static class ChineseText
{
    /// <summary>王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗.</summary>
    public const string Surnames = "\u738B\u674E\u5F20\u5218\u9648\u6768\u9EC4\u8D75\u5434\u5468\u5F90\u5B59\u9A6C\u6731\u80E1\u90ED\u4F55\u9AD8\u6797\u7F57";

    /// <summary>伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅.</summary>
    public const string Given = "\u4F1F\u82B3\u5A1C\u654F\u9759\u4E3D\u5F3A\u78CA\u519B\u6D0B\u52C7\u8273\u6770\u5A1F\u6D9B\u660E\u8D85\u79C0\u971E\u5E73\u521A\u6842\u82F1\u534E\u5EFA\u56FD\u7EA2\u6885";

    /// <summary>有限公司.</summary>
    public const string CompanySuffix = "\u6709\u9650\u516C\u53F8";

    /// <summary>机械 / 化工 / 金属制品 / 食品 / 纺织 / 电子.</summary>
    public static readonly string[] Trades = ["\u673A\u68B0", "\u5316\u5DE5", "\u91D1\u5C5E\u5236\u54C1", "\u98DF\u54C1", "\u7EBA\u7EC7", "\u7535\u5B50"];

    /// <summary>机加工车间 / 冲压车间 / 安全环保部.</summary>
    public static readonly string[] Departments = ["\u673A\u52A0\u5DE5\u8F66\u95F4", "\u51B2\u538B\u8F66\u95F4", "\u5B89\u5168\u73AF\u4FDD\u90E8"];

    /// <summary>操作工 / 车工 / 焊工 / 电工 / 仓管员 / 班组长.</summary>
    public static readonly string[] Positions = ["\u64CD\u4F5C\u5DE5", "\u8F66\u5DE5", "\u710A\u5DE5", "\u7535\u5DE5", "\u4ED3\u7BA1\u5458", "\u73ED\u7EC4\u957F"];

    /// <summary>主要负责人 / 安全管理人员 / 一线员工, as the staff template names the roles.</summary>
    public const string Principal = "\u4E3B\u8981\u8D1F\u8D23\u4EBA";
    public const string SafetyManager = "\u5B89\u5168\u7BA1\u7406\u4EBA\u5458";
    public const string Employee = "\u4E00\u7EBF\u5458\u5DE5";

    /// <summary>城厢镇 沙溪镇 浏河镇 浮桥镇 璜泾镇 双凤镇 港区 科教新城: the towns of the glossary.</summary>
    public static readonly (string Code, string Name)[] Towns =
    [
        ("chengxiang", "\u57CE\u53A2\u9547"), ("shaxi", "\u6C99\u6EAA\u9547"), ("liuhe", "\u6D4F\u6CB3\u9547"), ("fuqiao", "\u6D6E\u6865\u9547"),
        ("huangjing", "\u749C\u6CFE\u9547"), ("shuangfeng", "\u53CC\u51E4\u9547"), ("port", "\u592A\u4ED3\u6E2F\u7ECF\u6D4E\u6280\u672F\u5F00\u53D1\u533A"),
        ("kejiao", "\u79D1\u6559\u65B0\u57CE"),
    ];

    /// <summary>有限空间作业 / 粉尘涉爆 / 机械伤害 / 起重伤害 / 触电 / 危险化学品储存 / 高处坠落 / 物体打击 / 火灾 / 灼烫 / 车辆伤害 / 中毒和窒息.</summary>
    public static readonly string[] RiskKinds =
    [
        "\u6709\u9650\u7A7A\u95F4\u4F5C\u4E1A", "\u7C89\u5C18\u6D89\u7206", "\u673A\u68B0\u4F24\u5BB3", "\u8D77\u91CD\u4F24\u5BB3",
        "\u89E6\u7535", "\u5371\u9669\u5316\u5B66\u54C1\u50A8\u5B58", "\u9AD8\u5904\u5760\u843D", "\u7269\u4F53\u6253\u51FB",
        "\u706B\u707E", "\u707C\u70EB", "\u8F66\u8F86\u4F24\u5BB3", "\u4E2D\u6BD2\u548C\u7A92\u606F",
    ];

    /// <summary>定期检查, 专人管理 (a measure), 号区域 (a location suffix).</summary>
    public const string Measure = "\u5B9A\u671F\u68C0\u67E5\uFF0C\u4E13\u4EBA\u7BA1\u7406";
    public const string Area = "\u53F7\u533A\u57DF";
}
