"""A table of English and Chinese sentences with the time and task each must give, and the refusals."""

from __future__ import annotations

from datetime import datetime

import pytest

from assistant.reminders import ReminderError, parse_reminder
from assistant.reminders.recurrence import upcoming
from tests.fixed_zone import LONDON, MONDAY_8AM


def at(month: int, day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, second, tzinfo=LONDON)


# (sentence, expected first time, expected task). Reference: Monday 2 March 2026, 08:00.
ONE_OFF = [
    ("remind me to water the ferns tomorrow at 7:15am", at(3, 3, 7, 15), "water the ferns"),
    ("remind me in 20 minutes to check the oven", at(3, 2, 8, 20), "check the oven"),
    ("in 2 hours call Bob", at(3, 2, 10), "call Bob"),
    ("remind me in 3 days at 10am to renew the passport", at(3, 5, 10), "renew the passport"),
    ("in ten minutes take the pizza out", at(3, 2, 8, 10), "take the pizza out"),
    ("remind me in an hour and a half to stretch", at(3, 2, 9, 30), "stretch"),
    ("remind me in half an hour to stretch", at(3, 2, 8, 30), "stretch"),
    ("remind me in a couple of hours to call back", at(3, 2, 10), "call back"),
    ("remind me in 90 seconds to flip the pancake", at(3, 2, 8, 1, 30), "flip the pancake"),
    ("remind me in 2 hours and 15 minutes to leave", at(3, 2, 10, 15), "leave"),
    ("remind me in 2 weeks to check the tyres", at(3, 16, 8), "check the tyres"),
    ("set a reminder to feed the cat 45 minutes from now", at(3, 2, 8, 45), "feed the cat"),
    ("at 3:30 pm call the bank", at(3, 2, 15, 30), "call the bank"),
    ("call the bank at 3:30pm", at(3, 2, 15, 30), "call the bank"),
    ("at noon lunch with Sam", at(3, 2, 12), "lunch with Sam"),
    ("tonight at 8 watch the match", at(3, 2, 20), "watch the match"),
    ("at 5 pick up the kids", at(3, 2, 17), "pick up the kids"),
    ("at 7 make coffee", at(3, 2, 19), "make coffee"),  # 07:00 has passed; 19:00 is the next waking 7
    ("remind me at 9 to start work", at(3, 2, 9), "start work"),
    ("remind me at 7:30 to jog", at(3, 2, 19, 30), "jog"),
    ("remind me at 07:30 to jog", at(3, 3, 7, 30), "jog"),  # a 24-hour clock time: no am/pm guessing
    ("remind me at 17:45 to go home", at(3, 2, 17, 45), "go home"),
    ("remind me at six pm to cook", at(3, 2, 18), "cook"),
    ("remind me at seven thirty to sleep", at(3, 2, 19, 30), "sleep"),
    ("remind me at 5 o'clock to leave", at(3, 2, 17), "leave"),
    ("remind me at half past five to leave", at(3, 2, 17, 30), "leave"),
    ("remind me at quarter to 9 to leave", at(3, 2, 8, 45), "leave"),
    ("remind me at a quarter past 10 am to call", at(3, 2, 10, 15), "call"),
    ("remind me at midnight to sleep", at(3, 3, 0), "sleep"),
    ("remind me at 7am to wake up", at(3, 3, 7), "wake up"),  # passed today: tomorrow
    ("remind me next Monday to pay rent", at(3, 9, 9), "pay rent"),
    ("on Friday submit the report", at(3, 6, 9), "submit the report"),
    ("remind me on Friday at 4pm to submit the report", at(3, 6, 16), "submit the report"),
    ("remind me this Thursday at 6 to call mum", at(3, 5, 18), "call mum"),
    ("remind me Monday at 10am to plan", at(3, 2, 10), "plan"),  # today, still ahead
    ("remind me Monday at 7am to plan", at(3, 9, 7), "plan"),  # today's has passed: next week
    ("remind me about the dentist on Wed", at(3, 4, 9), "the dentist"),
    ("remind me on December 3 that it is Ana's birthday", at(12, 3, 9), "it is Ana's birthday"),
    ("on 3rd of December Ana's birthday", at(12, 3, 9), "Ana's birthday"),
    ("remind me on Jan 5 to file taxes", datetime(2027, 1, 5, 9, tzinfo=LONDON), "file taxes"),
    ("on 2026-12-24 wrap presents", at(12, 24, 9), "wrap presents"),
    ("on 2026-12-24 at 18:00 wrap presents", at(12, 24, 18), "wrap presents"),
    ("remind me on the 15th to pay the card", at(3, 15, 9), "pay the card"),
    ("tomorrow morning remind me to call dad", at(3, 3, 9), "call dad"),
    ("remind me tomorrow evening to call dad", at(3, 3, 18), "call dad"),
    ("remind me tomorrow at 5 to call dad", at(3, 3, 17), "call dad"),
    ("remind me this evening to call dad", at(3, 2, 18), "call dad"),
    ("remind me the day after tomorrow to return the book", at(3, 4, 9), "return the book"),
    ("remind me next week to book flights", at(3, 9, 9), "book flights"),
    ("Remind me to Take the BINS out tomorrow at 7pm.", at(3, 3, 19), "Take the BINS out"),
    ("十分钟后提醒我关火", at(3, 2, 8, 10), "关火"),
    ("半小时后提醒我出门", at(3, 2, 8, 30), "出门"),
    ("半个小时后提醒我出门", at(3, 2, 8, 30), "出门"),
    ("一个半小时后提醒我喝水", at(3, 2, 9, 30), "喝水"),
    ("两个小时后提醒我收衣服", at(3, 2, 10), "收衣服"),
    ("一刻钟后提醒我看锅", at(3, 2, 8, 15), "看锅"),
    ("3天后提醒我续签证", at(3, 5, 8), "续签证"),
    ("下午三点开会", at(3, 2, 15), "开会"),
    ("晚上七点给妈妈打电话", at(3, 2, 19), "给妈妈打电话"),
    ("今晚八点提醒我看球赛", at(3, 2, 20), "看球赛"),
    ("上午十点半提醒我交报告", at(3, 2, 10, 30), "交报告"),
    ("下午3:30提醒我接孩子", at(3, 2, 15, 30), "接孩子"),
    ("中午十二点提醒我吃饭", at(3, 2, 12), "吃饭"),
    ("明天提醒我交报告", at(3, 3, 9), "交报告"),
    ("明天早上7点15分提醒我浇花", at(3, 3, 7, 15), "浇花"),
    ("后天早上8点去机场", at(3, 4, 8), "去机场"),
    ("下周一提醒我交房租", at(3, 9, 9), "交房租"),
    ("下星期三下午两点提醒我看牙医", at(3, 11, 14), "看牙医"),
    ("周五晚上七点提醒我给妈妈打电话", at(3, 6, 19), "给妈妈打电话"),
    ("星期六上午九点提醒我去跑步", at(3, 7, 9), "去跑步"),
    ("12月3日提醒我买蛋糕", at(12, 3, 9), "买蛋糕"),
    ("2026年12月24日晚上六点提醒我买礼物", at(12, 24, 18), "买礼物"),
    ("提醒我明天下午三点开会", at(3, 3, 15), "开会"),
]

RECURRING = [
    (
        "every Wednesday at 6:30pm remind me to put the bins out",
        [at(3, 4, 18, 30), at(3, 11, 18, 30), at(3, 18, 18, 30)],
        "FREQ=WEEKLY;BYDAY=WE",
        "put the bins out",
    ),
    ("every day at 9 take vitamins", [at(3, 2, 9), at(3, 3, 9), at(3, 4, 9)], "FREQ=DAILY", "take vitamins"),
    ("remind me daily at 7am to stretch", [at(3, 3, 7), at(3, 4, 7), at(3, 5, 7)], "FREQ=DAILY", "stretch"),
    (
        "every weekday at 8:30 stand-up",
        [at(3, 2, 8, 30), at(3, 3, 8, 30), at(3, 4, 8, 30)],
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "stand-up",
    ),
    (
        "every Friday at 5 remind me to do timesheets",
        [at(3, 6, 17), at(3, 13, 17), at(3, 20, 17)],
        "FREQ=WEEKLY;BYDAY=FR",
        "do timesheets",
    ),
    (
        "remind me every Monday at 9 to plan the week",
        [at(3, 2, 9), at(3, 9, 9), at(3, 16, 9)],
        "FREQ=WEEKLY;BYDAY=MO",
        "plan the week",
    ),
    (
        "remind me every Tuesday and Thursday at 6pm to go climbing",
        [at(3, 3, 18), at(3, 5, 18), at(3, 10, 18)],
        "FREQ=WEEKLY;BYDAY=TU,TH",
        "go climbing",
    ),
    (
        "remind me on Sundays at 8pm to plan meals",
        [at(3, 8, 20), at(3, 15, 20), at(3, 22, 20)],
        "FREQ=WEEKLY;BYDAY=SU",
        "plan meals",
    ),
    (
        "remind me every other day to water plants",
        [at(3, 2, 9), at(3, 4, 9), at(3, 6, 9)],
        "FREQ=DAILY;INTERVAL=2",
        "water plants",
    ),
    (
        "remind me every 2 hours to drink water",
        [at(3, 2, 10), at(3, 2, 12), at(3, 2, 14)],
        "FREQ=HOURLY;INTERVAL=2",
        "drink water",
    ),
    ("remind me every morning to meditate", [at(3, 2, 9), at(3, 3, 9), at(3, 4, 9)], "FREQ=DAILY", "meditate"),
    (
        "remind me on the 1st of every month to pay rent",
        [at(4, 1, 9), at(5, 1, 9), at(6, 1, 9)],
        "FREQ=MONTHLY;BYMONTHDAY=1",
        "pay rent",
    ),
    ("每天早上七点半提醒我吃药", [at(3, 3, 7, 30), at(3, 4, 7, 30), at(3, 5, 7, 30)], "FREQ=DAILY", "吃药"),
    ("每天提醒我背单词", [at(3, 2, 9), at(3, 3, 9), at(3, 4, 9)], "FREQ=DAILY", "背单词"),
    ("每周三提醒我倒垃圾", [at(3, 4, 9), at(3, 11, 9), at(3, 18, 9)], "FREQ=WEEKLY;BYDAY=WE", "倒垃圾"),
    ("每周三晚上八点提醒我倒垃圾", [at(3, 4, 20), at(3, 11, 20), at(3, 18, 20)], "FREQ=WEEKLY;BYDAY=WE", "倒垃圾"),
    (
        "每个工作日早上九点提醒我打卡",
        [at(3, 2, 9), at(3, 3, 9), at(3, 4, 9)],
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "打卡",
    ),
    (
        "每周一到周五下午六点提醒我下班",
        [at(3, 2, 18), at(3, 3, 18), at(3, 4, 18)],
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "下班",
    ),
    ("每月1号提醒我交房租", [at(4, 1, 9), at(5, 1, 9), at(6, 1, 9)], "FREQ=MONTHLY;BYMONTHDAY=1", "交房租"),
]

REFUSALS = [
    ("remind me to buy stamps", "No time given"),
    ("提醒我买邮票", "No time given"),
    ("remind me yesterday at 5pm to buy stamps", "in the past"),
    ("remind me 2 hours ago to buy stamps", "in the past"),
    ("昨天下午五点提醒我买邮票", "in the past"),
    ("remind me last Friday to buy stamps", "in the past"),
    ("remind me at 25:99 to buy stamps", "not a time of day"),
    ("remind me at 13pm to buy stamps", "not a time of day"),
    ("remind me at 12:75 to buy stamps", "not a time of day"),
    ("二十五点提醒我买邮票", "不是一个有效的时间"),
    ("remind me on Feb 30 to buy stamps", "not a date"),
    ("remind me on 2026-02-30 to buy stamps", "not a date"),
    ("2月30日提醒我买邮票", "不是一个有效的日期"),
    ("remind me on 2025-12-24 to buy stamps", "already passed"),
    ("remind me today at 7am to buy stamps", "already passed"),
    ("", "empty"),
    ("   ", "empty"),
    ("remind me tomorrow at 9", "No task given"),
    ("明天早上九点提醒我", "No task given"),
    ("remind me in 2 hours at 5pm to leave", "not both"),
]


@pytest.mark.parametrize(("text", "when", "task"), ONE_OFF, ids=[c[0] for c in ONE_OFF])
def test_one_off(text: str, when: datetime, task: str) -> None:
    parsed = parse_reminder(text, MONDAY_8AM)
    assert (parsed.first, parsed.task, parsed.rrule) == (when, task, None)


@pytest.mark.parametrize(("text", "times", "rule", "task"), RECURRING, ids=[c[0] for c in RECURRING])
def test_recurring(text: str, times: list[datetime], rule: str, task: str) -> None:
    parsed = parse_reminder(text, MONDAY_8AM)
    assert (parsed.rrule, parsed.task) == (rule, task)
    assert upcoming(parsed.rrule, parsed.start_wall, parsed.first, 3) == times


@pytest.mark.parametrize(("text", "says"), REFUSALS, ids=[c[0] or "(empty)" for c in REFUSALS])
def test_refusals_are_one_clear_sentence(text: str, says: str) -> None:
    with pytest.raises(ReminderError) as refused:
        parse_reminder(text, MONDAY_8AM)
    message = str(refused.value)
    assert says in message
    assert "\n" not in message and len(message) < 160


def test_naive_now_is_local_time() -> None:
    parsed = parse_reminder("remind me to water the ferns tomorrow at 7:15am", datetime(2026, 3, 2, 8, 0))
    assert parsed.first.isoformat() == "2026-03-03T07:15:00+00:00"
    assert parsed.first.tzinfo == LONDON
