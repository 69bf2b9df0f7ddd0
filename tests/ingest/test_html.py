"""Saved HTML news pages: the main text and metadata, never the navigation around it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import load_articles
from kg.model import Article

PARAGRAPHS = [
    "4月11日，青禾区生态环境保护大会在区行政中心召开。区委书记周明远出席会议并讲话，"
    "区长韩静主持会议。",
    "周明远指出，过去一年全区空气质量优良天数比例达到百分之九十二，碧溪河流域水质稳定"
    "保持在三类以上，生态环境保护工作取得明显成效。",
    "会议要求，今年要聚焦碧溪河综合治理、城乡污水管网建设和工业园区废气整治三项重点任务，"
    "力争到2025年全面消除劣五类水体。",
    "区人大常委会主任林海涛、区政协主席孙慧芳参加会议。",
]

NEWS_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>青禾区召开生态环境保护大会--地方频道--青禾新闻网</title>
<meta property="og:title" content="青禾区召开生态环境保护大会 部署全年治水任务">
<meta property="og:site_name" content="青禾新闻网">
<meta property="og:url" content="https://news.qinghe.example.cn/2023/0412/c1001.html">
<meta property="article:published_time" content="2023-04-12T09:30:00+08:00">
</head>
<body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/politics">时政频道</a></li>
<li><a href="/economy">经济频道</a></li><li><a href="/login">登录注册</a></li></ul></nav>
<div class="main">
<article>
<h1>青禾区召开生态环境保护大会 部署全年治水任务</h1>
<div class="info">2023年04月12日09:30&nbsp;&nbsp;来源：青禾日报</div>
<h4>原标题：青禾区部署全年治水任务</h4>
{paragraphs}
<p class="editor">(责编：赵立群、何晓冬)</p>
</article>
<aside><h3>热点推荐</h3><ul><li><a href="/a1">青禾区举办春季招聘会</a></li>
<li><a href="/a2">碧溪湿地公园开园</a></li></ul></aside>
</div>
<footer><p>青禾新闻网版权所有 未经书面授权禁止使用</p><p>扫码关注我们</p></footer>
</body>
</html>
"""


def news_page(charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return NEWS_PAGE.format(charset=charset, paragraphs=paragraphs)


def body(article: Article) -> str:
    start, end = article.body_span
    return article.text[start:end]


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_news_page(tmp_path: Path, charset: str) -> None:
    path = tmp_path / "qinghe-eco.html"
    path.write_bytes(news_page(charset).encode(charset))

    [article] = load_articles([path])

    assert article.id == "qinghe-eco"
    assert article.title == "青禾区召开生态环境保护大会 部署全年治水任务"
    assert (article.date, article.time, article.source) == ("2023-04-12", "09:30", "青禾日报")
    assert article.original_title == "青禾区部署全年治水任务"
    assert article.editors == ("赵立群", "何晓冬")
    assert article.url == "https://news.qinghe.example.cn/2023/0412/c1001.html"
    assert body(article).split() == PARAGRAPHS
    for elsewhere in ("首页", "时政频道", "登录注册", "热点推荐", "版权所有", "扫码关注"):
        assert elsewhere not in article.text


def test_metadata_fills_what_the_text_does_not_say(tmp_path: Path) -> None:
    path = tmp_path / "tree-planting.htm"
    path.write_text(
        """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>青禾区开展义务植树活动</title>
<meta property="og:site_name" content="青禾新闻网">
<meta property="article:published_time" content="2023-03-12">
</head><body><nav><a href="/">首页</a> <a href="/society">社会</a></nav>
<article><h1>青禾区开展义务植树活动</h1>
<p>3月12日，青禾区干部群众在碧溪河畔义务植树两千余株。</p></article>
<aside><a href="/a1">碧溪湿地公园开园</a></aside>
<footer>青禾新闻网版权所有</footer></body></html>""",
        encoding="utf-8",
    )

    [article] = load_articles([path])

    assert article.title == "青禾区开展义务植树活动"
    assert (article.date, article.time, article.source) == ("2023-03-12", None, "青禾新闻网")
    # The headline is the first line of the text, so it is header, not body; and though
    # trafilatura falls back to the whole page for so short a text, the navigation is gone.
    assert body(article) == "3月12日，青禾区干部群众在碧溪河畔义务植树两千余株。"


@pytest.mark.parametrize(
    "page",
    [
        """<html><head><meta charset="utf-8"><title>青禾新闻网-首页</title></head><body>
<nav><a href="/">首页</a> <a href="/politics">时政</a> <a href="/economy">经济</a></nav>
<ul><li><a href="/a1">青禾区召开生态环境保护大会 部署全年治水任务</a> 2023-04-12</li>
<li><a href="/a2">青禾区举办春季招聘会 提供岗位三千余个</a> 2023-04-11</li>
<li><a href="/a3">碧溪湿地公园正式开园迎客</a> 2023-04-10</li></ul></body></html>""",
        """<html><head><meta charset="utf-8"><title>用户登录--青禾新闻网</title></head><body>
<div class="login"><h2>用户登录</h2><form action="/login" method="post">
<label>用户名</label><input name="user"><label>密码</label><input type="password">
<button type="submit">登录</button></form><p>还没有账号？<a href="/register">立即注册</a></p>
</div></body></html>""",
        """<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾新闻网</title></head>
<body></body></html>""",
    ],
    ids=["navigation", "login", "empty"],
)
def test_pages_without_an_article(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")

    with pytest.raises(IngestError, match="no article text found") as raised:
        list(load_articles([path]))

    assert raised.value.source == str(path)
