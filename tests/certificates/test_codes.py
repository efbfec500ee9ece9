import pytest

from certificates import codes


def test_generated_codes_are_valid_and_distinct():
    generated = {codes.generate() for _ in range(2000)}
    assert len(generated) == 2000
    for code in generated:
        assert len(code) == codes.LENGTH
        assert set(code) <= set(codes.ALPHABET)
        assert codes.normalise(code) == code


def test_every_single_character_typo_is_caught():
    code = codes.generate()
    for position in range(codes.LENGTH):
        for replacement in codes.ALPHABET:
            if replacement == code[position]:
                continue
            typo = code[:position] + replacement + code[position + 1 :]
            with pytest.raises(codes.InvalidCode):
                codes.normalise(typo)


def test_most_swapped_neighbours_are_caught():
    caught = total = 0
    for _ in range(300):
        code = codes.generate()
        for position in range(codes.LENGTH - 1):
            if code[position] == code[position + 1]:
                continue
            swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
            total += 1
            try:
                codes.normalise(swapped)
            except codes.InvalidCode:
                caught += 1
    assert caught / total > 0.95


def test_lowercase_separators_and_look_alikes_are_read_as_meant():
    code = "7KQ3M9XD2HW"
    code += codes.check_character(code)
    shown = codes.display(code)
    assert shown == f"{code[:4]}-{code[4:8]}-{code[8:]}"
    assert codes.normalise(shown.lower()) == code
    assert codes.normalise(f"  {shown} ") == code
    assert codes.normalise(shown.replace("-", " ")) == code
    # O for 0, I and L (either case) for 1.
    meant = "1000111K3M9"
    typed = "1OoOIlLK3M9"
    check = codes.check_character(meant)
    assert codes.normalise(typed + check) == meant + check


def test_arabic_indic_and_full_width_digits_are_accepted():
    body = "12345678901"
    code = body + codes.check_character(body)
    arabic = code.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    full_width = code.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert codes.normalise(arabic) == code
    assert codes.normalise(full_width) == code


@pytest.mark.parametrize(
    "typed, message",
    [
        ("", "Enter the verification code"),
        ("ABC", "12 letters and digits"),
        ("7KQ3-M9XD-2HWA-7", "12 letters and digits"),
        ("7KQ3-M9XD-2HU!", "12 letters and digits"),
        ("<script>alert(1)</script>", "12 letters and digits"),
    ],
)
def test_malformed_codes_say_what_is_wrong(typed, message):
    with pytest.raises(codes.InvalidCode, match=message):
        codes.normalise(typed)


def test_a_typo_is_reported_as_a_typo():
    code = codes.generate()
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    with pytest.raises(codes.InvalidCode, match="typing mistake"):
        codes.normalise(wrong)
