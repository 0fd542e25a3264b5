using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Intents;

public sealed class HandoffRequestDetectorTests
{
    private readonly HandoffRequestDetector _detector = new(KnowledgeBase.Normalizer);

    [Theory]
    [InlineData("人工客服")]
    [InlineData("转人工")]
    [InlineData("真人")]
    [InlineData("人工服务")]
    [InlineData("人工")]
    [InlineData("人 工 客 服")]
    [InlineData("人.工.客.服")]
    [InlineData("人-工-服-务")]
    [InlineData("轉人工")]
    [InlineData("人工客服！！！")]
    [InlineData("【人工】")]
    [InlineData("ＲＥＮＧＯＮＧ")]
    [InlineData("zhuan rengong")]
    [InlineData("真人客服在吗")]
    [InlineData("請幫我轉接人工客服")]
    [InlineData("給我轉真人")]
    [InlineData("人工服務")]
    [InlineData("我要人工😡")]
    [InlineData("有没有活人")]
    [InlineData("找个人跟我说")]
    [InlineData("你是机器人吧？我要找真人")]
    [InlineData("不要机器人，要真人")]
    [InlineData("别用机器人敷衍我")]
    [InlineData("机器人听不懂，滚")]
    [InlineData("叫你们掌柜出来")]
    [InlineData("找你们老板")]
    [InlineData("帮我联系客服")]
    [InlineData("我要找客服")]
    [InlineData("客服呢？？")]
    [InlineData("能不能换个人来处理")]
    [InlineData("I want to talk to a human")]
    [InlineData("real person please")]
    [InlineData("快递三天没动了，转人工")]
    [InlineData("你好，麻烦人工客服处理一下退款，谢谢")]
    [InlineData("人　工　客　服")]
    [InlineData("ren gong ke fu")]
    public void Every_way_of_asking_for_a_person_is_recognised(string text) =>
        Assert.True(_detector.IsHandoffRequest(text), text);

    [Theory]
    [InlineData("我的快递到哪了")]
    [InlineData("什么时候发货")]
    [InlineData("你好")]
    [InlineData("人工智能")]
    [InlineData("人工费怎么算")]
    [InlineData("这个是人工合成的材料吗")]
    [InlineData("有真人实拍图吗")]
    [InlineData("发票抬头怎么填")]
    [InlineData("")]
    public void Ordinary_questions_are_not_taken_for_a_handoff_request(string text) =>
        Assert.False(_detector.IsHandoffRequest(text), text);
}
