"""The scoring words said in many ways, each written one way before the text is read (normalize.py) and kept by the
lexicon as the tokens they are (lexicon.py): every later pattern then knows one word, not each of its synonyms."""

# every way of saying 不得分 (written 不得分; not 零分 or 不得分值, which stand inside other phrases: 得零分)
ZERO_WORDS = ("不得分", "不计分", "不记分", "不予记分", "不给分", "不予计分", "不予得分", "不可得分", "不能得分", "不给予得分", "不计得分", "不可记分", "不可计分",
              "不予赋分", "不赋分")

# every way of saying 扣完为止 (written 扣完为止; not 扣完/扣满 alone, nor 最低0分 or 扣分至基本分值扣完为止, read as they are)
CAP_ALL_WORDS = ("扣完为止", "扣完即止", "直至扣完", "扣满为止", "扣至0分为止", "扣到0分为止", "扣至零分为止", "扣至0分止", "扣到0分止", "扣至零分止", "扣完该项分值为止",
                 "扣完本项分值为止", "扣完该项基本分为止", "扣完本项基本分为止", "扣完该项基本分值为止", "扣完本项基本分值为止",
                 "扣完基本分为止", "扣完基本分值为止",
                 "本项分值扣完为止", "该项分值扣完为止", "本项扣完为止", "该项扣完为止",  # (the item's points said first)
                 "减完为止", "减完即止", "减至0分为止", "直至不得分", "直到不得分", "扣至不得分为止", "扣至不得分", "直至扣为0分",
                 "扣为0分为止", "直至扣到0分", "直至扣至0分",
                 "直至0分", "直到0分", "最多扣至0分", "最多扣到0分",  # (until the score is 0: the floor, not a zero at a fault)
                 "扣分不超过本项分值", "扣分不超过该项分值", "扣分以本项分值为限", "扣分以该项分值为限",
                 "最多扣完本项分值", "最多扣完该项分值", "最多扣完本指标分值", "最多扣完该指标分值",  # (longest first)
                 "最多扣完", "最多扣完为止")  # 每低于达标线1个百分点扣3分，最多扣完: at most all of it
