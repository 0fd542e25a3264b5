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
    [InlineData("不想跟机器说话")]
    [InlineData("别让机器人回我了")]
    [InlineData("别让机器回复我")]
    [InlineData("我不要自动回复")]
    [InlineData("不要AI，要人")]
    [InlineData("不想和你这个智能客服聊")]
    [InlineData("找个能做主的")]
    [InlineData("叫能说了算的人来")]
    [InlineData("让管事的来")]
    [InlineData("叫你们老板来")]
    [InlineData("让你们老板出来说话")]
    [InlineData("我要跟负责人说")]
    [InlineData("找你们负责人")]
    [InlineData("叫你们领导来")]
    [InlineData("麻烦安排一个同事跟我对接")]
    [InlineData("有没有能听懂人话的")]
    [InlineData("叫个活的来")]
    [InlineData("叫你們老闆來")]
    [InlineData("不想跟機器說話")]
    [InlineData("bu yao ji qi ren")]
    public void Refusing_the_machine_in_other_words_is_a_request_for_a_person(string text) =>
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
    [InlineData("人工智能音箱连不上网")]
    [InlineData("这件衣服不要用机器洗吧")]
    [InlineData("扫地机器人不回充了")]
    [InlineData("不要airpods的壳，要另一款")]
    [InlineData("发票要负责人签字吗")]
    [InlineData("我们领导要开专票")]
    [InlineData("我是老板，要开公司抬头")]
    [InlineData("这个程序员键盘有货吗")]
    [InlineData("真人秀同款")]
    [InlineData("不行你们派人来装一下")]
    [InlineData("能不能安排个师傅上门来装")]
    [InlineData("")]
    public void Ordinary_questions_are_not_taken_for_a_handoff_request(string text) =>
        Assert.False(_detector.IsHandoffRequest(text), text);

    [Theory]
    [InlineData("不用转人工 告诉我单号就行")]
    [InlineData("别给我转人工")]
    [InlineData("先不要人工，我自己看看")]
    [InlineData("不需要找客服 你直接查")]
    [InlineData("暫時不用轉人工")]
    public void Refusing_a_person_is_not_asking_for_one(string text)
    {
        Assert.False(_detector.IsHandoffRequest(text));
        Assert.NotNull(_detector.WithoutRefusal(KnowledgeBase.Normalizer.Normalize(text)));
    }

    [Theory]
    [InlineData("找人给我查一下")]
    [InlineData("叫个人来")]
    [InlineData("让客服看看")]
    [InlineData("安排个人来处理")]
    [InlineData("那帮我问一下同事")]
    [InlineData("你去问问售前吧")]
    [InlineData("麻烦咨询下懂的人")]
    public void Other_words_for_someone_to_look_are_requests_for_a_person(string text)
    {
        Assert.True(_detector.IsHandoffRequest(text));
    }

    [Theory]
    [InlineData("你听不懂吗 我要跟人说话")]
    [InlineData("找个客服小姐姐来")]
    [InlineData("让我和真人聊")]
    [InlineData("有没有人管啊")]
    [InlineData("没人处理吗")]
    [InlineData("人呢？")]
    [InlineData("叫個客服來")]
    [InlineData("有没有客服在 不是机器那种")]
    [InlineData("能打电话给我吗 打字说不清")]
    [InlineData("给我回个电话吧")]
    [InlineData("电话联系我吧 打字講不清")]
    [InlineData("可以直接打电话给我吗")]
    public void A_person_asked_for_in_everyday_words_is_a_request(string text)
    {
        Assert.True(_detector.IsHandoffRequest(text));
    }

    [Theory]
    [InlineData("收件人呢写的是我妈")]
    [InlineData("我跟人说好了周五要用")]
    [InlineData("有人说这个会掉色")]
    [InlineData("我问过同事了 他说能退")]
    [InlineData("我想问一下什么时候发货")]
    [InlineData("快递员说打电话给我 我没接到")]
    [InlineData("快递员给我打电话了吗")]
    [InlineData("收货电话写错了")]
    [InlineData("能打电话给快递吗")]
    public void Lines_about_other_people_are_no_request_for_a_person(string text)
    {
        Assert.False(_detector.IsHandoffRequest(text));
    }

    [Theory]
    [InlineData("别人签收了我的快递")]
    [InlineData("我的快递到哪了")]
    public void Lines_that_neither_ask_for_nor_refuse_a_person_have_no_refusal(string text)
    {
        Assert.Null(_detector.WithoutRefusal(KnowledgeBase.Normalizer.Normalize(text)));
    }
}
