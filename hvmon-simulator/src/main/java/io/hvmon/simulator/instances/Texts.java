package io.hvmon.simulator.instances;

import io.hvmon.simulator.fleet.SimulationProfile;
import java.util.List;
import java.util.Map;

/**
 * The localized texts a host reports in Caption, Description and StatusDescriptions (hyperv-wmi.md §6.4). The
 * simulation keeps English texts; builders translate them here. zh-CN "虚拟机", "Microsoft 虚拟机" and "正常运行" are
 * seen on a real host [ZH]; the other translations are ours (unverified). A text without a translation stays English.
 */
final class Texts {

    private static final Map<String, String> ZH_CN = Map.ofEntries(
            Map.entry("Virtual Machine", "虚拟机"),
            Map.entry("Microsoft Virtual Machine", "Microsoft 虚拟机"),
            Map.entry("Microsoft Virtual Machine Summary", "Microsoft 虚拟机摘要"),
            Map.entry("Operating normally", "正常运行"),
            Map.entry("In service", "服务中"),
            Map.entry("Hosting Computer System", "主机计算机系统"),
            Map.entry("Microsoft Hosting Computer System", "Microsoft 主机计算机系统"),
            Map.entry("Creating checkpoint", "正在创建检查点"),
            Map.entry("Applying checkpoint", "正在应用检查点"),
            Map.entry("Deleting checkpoint", "正在删除检查点"),
            Map.entry("Waiting to start", "正在等待启动"),
            Map.entry("Merging disks", "正在合并磁盘"),
            Map.entry("Exporting virtual machine", "正在导出虚拟机"),
            Map.entry("Migrating virtual machine", "正在迁移虚拟机"),
            Map.entry("Predictive failure", "预测失败"),
            Map.entry("Degraded", "已降级"),
            Map.entry("The disk space on the virtual hard disk storage is low", "虚拟硬盘存储上的磁盘空间不足"),
            Map.entry("The virtual machine configuration storage is inaccessible", "无法访问虚拟机配置存储"),
            Map.entry("No Contact", "无联系"),
            Map.entry("Lost Communication", "通信丢失"),
            Map.entry("Virtual System Management Service", "虚拟系统管理服务"),
            Map.entry("Hyper-V Replica Service", "Hyper-V 副本服务"),
            Map.entry("Replication Service", "复制服务"),
            Map.entry("Replication Relationship", "复制关系"),
            Map.entry("Replication Settings", "复制设置"),
            Map.entry("Virtual Machine Settings", "虚拟机设置"),
            Map.entry("Active settings for the virtual machine.", "虚拟机的活动设置。"),
            Map.entry("Checkpoint settings for the virtual machine.", "虚拟机的检查点设置。"),
            Map.entry("Memory", "内存"),
            Map.entry("Microsoft Virtual Machine Memory", "Microsoft 虚拟机内存"),
            Map.entry("Processor", "处理器"),
            Map.entry("Microsoft Virtual Processor", "Microsoft 虚拟处理器"),
            Map.entry("Key-Value Pair Exchange", "键值对交换"),
            Map.entry("Microsoft Key-Value Pair Exchange Service", "Microsoft 键值对交换服务"),
            Map.entry("Virtual Switch", "虚拟交换机"),
            Map.entry("Microsoft Virtual Switch", "Microsoft 虚拟交换机"));

    private final boolean chinese;

    private Texts(boolean chinese) {
        this.chinese = chinese;
    }

    static Texts of(SimulationProfile profile) {
        return new Texts(profile.chinese());
    }

    /** The text in the host's language. */
    String t(String english) {
        return chinese ? ZH_CN.getOrDefault(english, english) : english;
    }

    /** Each text in the host's language. */
    List<String> all(List<String> english) {
        return english.stream().map(this::t).toList();
    }
}
