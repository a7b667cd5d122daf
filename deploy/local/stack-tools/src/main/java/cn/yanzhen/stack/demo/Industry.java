package cn.yanzhen.stack.demo;

import java.util.List;

/**
 * An industry the demo draws signings from: its GB/T 4754 class, how labour-, land- and energy-hungry
 * it is per 100 million yuan, and project names as such signings read.
 */
record Industry(String code, double jobsPer100m, double landHaPer100m, double energyGwhPer100m,
                List<String> projectNames, List<String> investorWords) {

    /** Industries of the Guangxi 2025 event's reporting: new energy, non-ferrous metals, cars, sugar, textiles… */
    static final List<Industry> GUANGXI = List.of(
            new Industry("3825", 25, 2.0, 6.0, List.of("年产%dGW光伏组件项目", "高效光伏电池片项目"), List.of("新能源科技", "光伏科技")),
            new Industry("3841", 30, 1.8, 5.0, List.of("年产%dGWh锂电池项目", "动力电池电芯项目"), List.of("锂电科技", "新能源")),
            new Industry("3612", 40, 2.5, 2.5, List.of("新能源汽车整车生产基地项目"), List.of("汽车", "新能源汽车")),
            new Industry("3670", 90, 1.5, 1.2, List.of("汽车零部件产业园项目", "年产%d万套汽车底盘部件项目"), List.of("汽车零部件", "精密机械")),
            new Industry("3216", 15, 3.0, 60.0, List.of("年产%d万吨电解铝项目", "铝产业链绿色升级项目"), List.of("铝业", "有色金属")),
            new Industry("3252", 35, 2.0, 8.0, List.of("年产%d万吨高端铝型材项目", "铝箔深加工项目"), List.of("铝材", "新材料")),
            new Industry("3974", 45, 1.2, 4.0, List.of("新型显示模组项目"), List.of("光电科技", "显示科技")),
            new Industry("3982", 120, 1.0, 2.0, List.of("高端印制电路板项目"), List.of("电子科技", "电路科技")),
            new Industry("1340", 60, 4.0, 3.0, List.of("年产%d万吨制糖技改项目", "糖业循环经济产业园项目"), List.of("糖业", "食品")),
            new Industry("1371", 150, 3.0, 0.8, List.of("果蔬精深加工项目", "预制菜中央厨房项目"), List.of("食品", "农业科技")),
            new Industry("1810", 400, 2.0, 0.5, List.of("服装智能制造产业园项目", "年产%d万件服装生产线项目"), List.of("服饰", "纺织")),
            new Industry("1951", 500, 2.5, 0.4, List.of("运动鞋生产基地项目"), List.of("鞋业", "体育用品")),
            new Industry("2110", 250, 3.5, 0.6, List.of("定制家具智能工厂项目"), List.of("家居", "家具")),
            new Industry("2021", 120, 5.0, 2.0, List.of("高端胶合板项目", "林产工业园项目"), List.of("木业", "林产")),
            new Industry("2740", 60, 1.5, 1.0, List.of("中药材精深加工项目"), List.of("药业", "生物科技")),
            new Industry("2614", 20, 4.0, 25.0, List.of("绿色化工新材料项目"), List.of("化工", "新材料")),
            new Industry("3130", 18, 3.0, 40.0, List.of("不锈钢精深加工项目"), List.of("钢铁", "金属制品")),
            new Industry("4415", 5, 6.0, 0.5, List.of("%d万千瓦风电项目"), List.of("风电", "能源")),
            new Industry("4416", 4, 8.0, 0.3, List.of("%d万千瓦光伏发电项目"), List.of("光伏电力", "能源")),
            new Industry("5920", 40, 4.0, 0.8, List.of("西部陆海新通道冷链物流园项目"), List.of("物流", "供应链")),
            new Industry("6450", 10, 1.0, 30.0, List.of("数据中心项目", "算力中心项目"), List.of("数据科技", "云计算")),
            new Industry("6513", 80, 0.2, 0.3, List.of("软件研发中心项目"), List.of("软件", "信息技术")));
}
