#!/usr/bin/env python3
"""Writes the diagram art in resources/diagrams/ (face-front, back, upper-body).

The figures are drawn here as hand-placed points joined by smooth curves (Catmull-Rom turned into
cubic Beziers), one half of the body at a time and mirrored across the midline, so the two sides
always agree. Run it after changing a point; the SVG files are committed.

Conventions that the app relies on (src/render/diagramart.h):
- Layers are groups with ids "skin" (fills), "shade" (hair), "detail" (fine anatomy) and "ink"
  (outlines). Only the colours in PALETTE appear; the dark theme swaps them by value.
- Every landmark of the catalogue (protocols/catalog/diagrams/<id>.json) is an invisible
  <circle class="landmark" id="..."> at its position. Bilateral landmarks are placed once, on the
  figure's own right side; the app mirrors them across the element "midline".
- A back view (figure's right on the viewer's right) carries an element with id "view-posterior".
"""

import os
import sys

PALETTE = {
    "skin": "#f6eee8",
    "shade": "#e9ddd3",
    "detail": "#a08f86",
    "ink": "#34303a",
}


def fmt(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def smooth(points, closed=False):
    """A smooth path through the points (uniform Catmull-Rom as cubic Beziers)."""
    n = len(points)
    if n < 2:
        return ""
    pts = list(points)
    d = [f"M{fmt(pts[0][0])},{fmt(pts[0][1])}"]
    segs = n if closed else n - 1
    for i in range(segs):
        p0 = pts[(i - 1) % n] if (closed or i > 0) else pts[0]
        p1 = pts[i % n]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if (closed or i + 2 < n) else pts[n - 1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d.append(
            f"C{fmt(c1[0])},{fmt(c1[1])} {fmt(c2[0])},{fmt(c2[1])} {fmt(p2[0])},{fmt(p2[1])}"
        )
    if closed:
        d.append("Z")
    return " ".join(d)


class Figure:
    def __init__(self, ident, title, width, height, mid, posterior=False):
        self.ident, self.title = ident, title
        self.width, self.height, self.mid = width, height, mid
        self.posterior = posterior
        self.layers = {"skin": [], "shade": [], "detail": [], "ink": []}
        self.landmarks = []

    def mirror(self, pts):
        return [(2 * self.mid - x, y) for x, y in pts]

    def add(self, layer, d, extra=""):
        self.layers[layer].append(f'<path d="{d}"{extra}/>')

    def curve(self, layer, pts, both=True, closed=False, extra=""):
        """A curve on one side, and its mirror image when `both`."""
        self.add(layer, smooth(pts, closed), extra)
        if both:
            self.add(layer, smooth(self.mirror(pts), closed), extra)

    def symmetric(self, layer, half, extra=""):
        """A closed shape from its half outline, top centre to bottom centre."""
        other = self.mirror(half)[::-1][1:-1]
        self.add(layer, smooth(list(half) + other, closed=True), extra)

    def ellipse(self, layer, cx, cy, rx, ry, both=True, extra=""):
        centres = [(cx, cy)] + ([(2 * self.mid - cx, cy)] if both and cx != self.mid else [])
        for x, y in centres:
            self.layers[layer].append(
                f'<ellipse cx="{fmt(x)}" cy="{fmt(y)}" rx="{fmt(rx)}" ry="{fmt(ry)}"{extra}/>'
            )

    def landmark(self, ident, x, y):
        self.landmarks.append((ident, x, y))

    def svg(self):
        w, h = self.width, self.height
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{w}" height="{h}" viewBox="0 0 {w} {h}">',
            f"<title>{self.title}</title>",
            "<desc>Effleur diagram art, drawn for Effleur by scripts/diagram-art.py. Landmarks "
            "are invisible circles of class landmark; bilateral ones sit on the figure's right "
            "side and mirror across the element midline.</desc>",
            f'<g id="skin" fill="{PALETTE["skin"]}" stroke="none">',
            *self.layers["skin"],
            "</g>",
            f'<g id="shade" fill="{PALETTE["shade"]}" stroke="none">',
            *self.layers["shade"],
            "</g>",
            f'<g id="detail" fill="none" stroke="{PALETTE["detail"]}" stroke-width="2" '
            'stroke-linecap="round" stroke-linejoin="round">',
            *self.layers["detail"],
            "</g>",
            f'<g id="ink" fill="none" stroke="{PALETTE["ink"]}" stroke-width="3.2" '
            'stroke-linecap="round" stroke-linejoin="round">',
            *self.layers["ink"],
            "</g>",
            '<g id="landmarks" fill="none" stroke="none">',
        ]
        for ident, x, y in self.landmarks:
            out.append(f'<circle class="landmark" id="{ident}" cx="{fmt(x)}" cy="{fmt(y)}" r="2"/>')
        out.append("</g>")
        for ident, cx, cy, rx, ry in getattr(self, "zones", []):
            out.append(f'<ellipse class="zone" id="{ident}" cx="{cx}" cy="{cy}" rx="{rx}" '
                       f'ry="{ry}" fill="none" stroke="none"/>')
        out.append(
            f'<rect id="midline" x="{fmt(self.mid - 0.5)}" y="0" width="1" height="{h}" '
            'fill="none" stroke="none"/>'
        )
        if self.posterior:
            out.append('<rect id="view-posterior" x="0" y="0" width="1" height="1" '
                       'fill="none" stroke="none"/>')
        out.append("</svg>")
        return "\n".join(out) + "\n"


FINE = ' stroke-width="1.4"'
BOLD = ' stroke-width="2.6"'


def face_front():
    f = Figure("face-front", "Face, neck and decollete (front)", 600, 800, 300)
    # Silhouettes: the head, and the neck with the shoulders and the upper chest.
    head = [(300, 46), (246, 54), (204, 80), (179, 121), (169, 170), (169, 216), (172, 262),
            (175, 304), (180, 346), (188, 386), (206, 414), (234, 438), (264, 453), (300, 459)]
    body = [(300, 396), (222, 398), (220, 440), (218, 490), (212, 530), (192, 556), (150, 573),
            (100, 586), (58, 600), (30, 624), (16, 680), (12, 760), (10, 830), (300, 830)]
    f.symmetric("skin", body)
    f.symmetric("skin", head)
    # Ears, filled over the head's edge.
    ear = [(174, 238), (160, 230), (147, 243), (143, 272), (147, 303), (154, 326), (164, 341),
           (175, 336)]
    f.curve("skin", ear + [(176, 290)], closed=True)
    f.curve("ink", ear)
    f.curve("detail", [(165, 250), (156, 268), (157, 296), (165, 316), (173, 320)])  # antihelix
    f.curve("ink", [(175, 272), (181, 280), (177, 293)], extra=BOLD)  # tragus
    f.curve("detail", [(170, 284), (165, 292), (168, 302)], extra=FINE)  # ear opening
    # Hair above the hairline.
    hair = [(300, 48), (246, 56), (205, 82), (181, 121), (171, 170), (172, 214), (184, 210),
            (188, 170), (208, 140), (250, 124), (300, 120)]
    f.symmetric("shade", hair)
    f.curve("detail", [(184, 208), (188, 170), (208, 140), (250, 124), (300, 120)], extra=FINE)
    f.add("detail", smooth(f.mirror([(184, 208), (188, 170), (208, 140), (250, 124), (300, 120)])),
          FINE)
    # Outlines.
    f.curve("ink", head[1:])
    f.add("ink", smooth([(246, 54), (300, 46), (354, 54)]))
    neck = [(222, 428), (220, 460), (216, 500), (210, 532), (190, 556), (148, 574), (98, 587),
            (56, 602), (28, 628), (15, 690), (12, 800)]
    f.curve("ink", neck)
    # Brows, eyes, nose, mouth, chin.
    f.curve("ink", [(274, 226), (252, 217), (226, 215), (203, 224)], extra=' stroke-width="4.2"')
    eye_upper = [(265, 256), (251, 244), (232, 241), (213, 250)]
    eye_lower = [(213, 252), (229, 262), (249, 262), (265, 257)]
    f.curve("ink", eye_upper)
    f.curve("detail", eye_lower)
    f.curve("detail", [(260, 244), (244, 234), (222, 237)], extra=FINE)  # lid crease
    f.ellipse("detail", 239, 252, 9, 9)
    f.ellipse("ink", 239, 252, 3.2, 3.2, extra=f' fill="{PALETTE["ink"]}"')
    f.curve("detail", [(284, 242), (284, 270), (282, 296)], extra=FINE)  # side of the nose
    f.curve("ink", [(286, 298), (275, 312), (277, 327), (289, 333)])  # nose wing
    f.curve("ink", [(293, 331), (300, 335), (307, 331)])  # under the tip
    f.curve("detail", [(270, 330), (261, 352), (254, 372)], extra=FINE)  # nasolabial fold
    f.curve("detail", [(294, 340), (293, 365)], extra=FINE)  # philtrum
    f.curve("ink", [(258, 377), (276, 367), (292, 365), (300, 369)], extra=BOLD)
    f.curve("ink", [(258, 377), (280, 380), (300, 381)])
    f.curve("detail", [(263, 381), (280, 393), (300, 397)])
    f.curve("detail", [(285, 418), (300, 423)], extra=FINE)  # chin crease
    f.curve("detail", [(232, 288), (212, 292), (194, 304)], extra=FINE)  # cheekbone
    # Neck: the sternocleidomastoid, the larynx, the jugular notch, the collarbones.
    f.curve("detail", [(182, 356), (200, 420), (232, 500), (266, 556), (287, 586)])
    f.curve("detail", [(216, 520), (236, 560), (246, 596)], extra=FINE)  # clavicular head
    f.curve("detail", [(292, 488), (300, 497), (308, 488)], both=False, extra=FINE)
    f.curve("detail", [(294, 520), (300, 524), (306, 520)], both=False, extra=FINE)
    f.curve("ink", [(284, 589), (300, 597), (316, 589)], both=False)
    collar = [(286, 592), (258, 599), (228, 605), (198, 606), (168, 600), (136, 594), (104, 594),
              (70, 602)]
    f.curve("ink", collar, extra=' stroke-width="2.8"')
    f.curve("detail", [(236, 586), (212, 582), (188, 586)], extra=FINE)  # hollow above it
    # Decollete: breastbone, pectorals, deltoid groove.
    f.curve("detail", [(300, 600), (300, 780)], both=False)
    f.curve("detail", [(288, 640), (300, 643), (312, 640)], both=False, extra=FINE)
    f.curve("detail", [(296, 690), (250, 700), (190, 712), (120, 740), (80, 790)], extra=FINE)
    f.curve("detail", [(96, 612), (84, 660), (66, 720), (56, 790)], extra=FINE)
    # Landmarks (figure's right = viewer's left).
    for ident, x, y in [
        ("forehead-middle", 300, 168), ("temple", 192, 216), ("nose-wing", 274, 317),
        ("cheekbone", 213, 292), ("mouth-corner", 256, 377), ("cheek", 226, 346),
        ("tragus", 180, 283), ("chin-middle", 300, 437), ("jaw-edge", 234, 433),
        ("earlobe", 161, 335), ("submental", 300, 478), ("under-jaw", 244, 455),
        ("jaw-angle", 190, 387), ("neck-side", 220, 512), ("neck-lateral-front", 254, 520),
        ("neck-front", 283, 525), ("supraclavicular", 212, 584), ("collarbone", 202, 606),
        ("jugular-notch", 300, 594), ("sternum-middle", 300, 700),
    ]:
        f.landmark(ident, x, y)
    return f


def back():
    f = Figure("back", "Back, shoulders and back of the neck", 600, 800, 300, posterior=True)
    head = [(300, 26), (344, 34), (371, 60), (383, 98), (380, 136), (366, 164), (350, 178),
            (300, 186)]
    torso = [(300, 170), (349, 172), (347, 200), (352, 216), (374, 226), (412, 238), (448, 250),
             (472, 262), (492, 282), (502, 312), (508, 400), (514, 500), (520, 600), (526, 700),
             (530, 830), (300, 830)]
    f.symmetric("skin", torso)
    f.symmetric("skin", head)
    ear = [(382, 96), (393, 104), (396, 128), (387, 152), (378, 150)]
    f.curve("skin", ear, closed=True)
    f.curve("ink", ear[:-1])
    f.symmetric("shade", head[:-2] + [(340, 168), (300, 176)])
    f.curve("ink", head[:-1], extra="")
    f.add("ink", smooth(f.mirror(head[:-1])))
    f.curve("detail", [(350, 174), (326, 174), (300, 178)], extra=FINE)  # hairline at the nape
    # Neck, shoulders, arms (hanging, a little away from the body), flanks.
    f.curve("ink", [(349, 176), (347, 200), (352, 216), (374, 226), (412, 238), (448, 250),
                    (472, 262), (492, 282), (502, 312), (508, 400), (514, 500), (520, 600),
                    (526, 700), (530, 800)])
    f.curve("ink", [(450, 344), (456, 420), (462, 520), (468, 620), (472, 700), (474, 800)])
    f.curve("ink", [(448, 340), (442, 400), (432, 470), (418, 540), (410, 580), (420, 635),
                    (438, 690), (446, 760), (448, 800)])
    f.curve("detail", [(470, 270), (490, 318), (486, 360), (476, 384)], extra=FINE)  # deltoid
    f.curve("detail", [(492, 560), (504, 580), (516, 576)], extra=FINE)  # elbow
    # Spine: the spinous processes from C7 to L5, the sacrum, the coccyx.
    f.curve("detail", [(300, 180), (300, 640)], both=False, extra=FINE)
    y = 212.0
    for i in range(23):
        rx = 8.0 if i == 0 else (6.5 if i < 12 else 7.5)
        f.ellipse("ink" if i == 0 else "detail", 300, y, rx, 3.6, both=False,
                  extra=f' fill="{PALETTE["shade"]}"')
        y += 19.0 if i < 12 else 20.0
    sacrum = [(300, 640), (336, 646), (322, 700), (300, 738), (278, 700), (264, 646)]
    f.add("detail", smooth([(300, 640), (336, 646)]) + " " + " ".join(
        f"L{fmt(x)},{fmt(yy)}" for x, yy in sacrum[2:] + [sacrum[0]]), f' fill="{PALETTE["shade"]}"')
    for yy, dx in [(662, 14), (684, 11), (704, 8)]:
        f.ellipse("detail", 300 + dx, yy, 2.6, 2.6, extra=FINE)
    f.curve("ink", [(300, 744), (300, 800)], both=False, extra=BOLD)  # gluteal cleft
    f.curve("detail", [(302, 742), (350, 716), (404, 716), (440, 744)])  # top of the buttock
    f.ellipse("detail", 322, 650, 4, 4, extra=FINE)  # dimples over the iliac spines
    f.curve("detail", [(326, 632), (366, 612), (414, 602)], extra=FINE)  # iliac crest
    # Lumbar region: the erector columns and the rhombus.
    f.curve("detail", [(318, 640), (330, 580), (334, 510), (330, 440)], extra=FINE)
    # Scapulae with their spines.
    scap = [(356, 266), (392, 262), (426, 268), (445, 283), (444, 296), (430, 322), (408, 360),
            (384, 394), (376, 402), (368, 384), (360, 340), (354, 300)]
    f.curve("detail", scap, closed=True, extra=' stroke-width="2.4"')
    f.curve("ink", [(356, 294), (392, 282), (428, 270), (462, 262)], extra=' stroke-width="2.6"')
    # Muscles: trapezius, latissimus, teres.
    f.curve("detail", [(462, 266), (420, 282), (380, 330), (348, 410), (318, 478), (300, 500)],
            extra=FINE)
    f.curve("detail", [(446, 346), (436, 410), (414, 480), (380, 560), (340, 624)], extra=FINE)
    f.curve("detail", [(386, 400), (420, 376), (446, 350)], extra=FINE)
    f.curve("detail", [(312, 156), (326, 196), (350, 214)], extra=FINE)  # neck muscles
    f.ellipse("detail", 300, 152, 5, 3, both=False, extra=FINE)  # occipital bump
    for ident, x, yy in [
        ("occiput", 300, 152), ("spine-c7", 300, 212), ("spine-t3", 300, 288),
        ("spine-t7", 300, 402), ("spine-t12", 300, 500), ("spine-l3", 300, 580),
        ("sacrum", 300, 686),
        ("cervical-side", 324, 176), ("neck-root-side", 330, 218), ("upper-back-side", 334, 290),
        ("mid-back-side", 336, 398), ("lower-thoracic-side", 337, 500),
        ("lumbar-side", 335, 582), ("sacral-side", 326, 668),
        ("neck-shoulder-point", 372, 230), ("shoulder-joint", 462, 270),
        ("scapula-upper", 360, 272), ("scapula", 400, 322), ("scapula-lower", 377, 396),
        ("armpit", 447, 346), ("flank-upper", 437, 376), ("flank-middle", 428, 456),
        ("flank-lower", 413, 560),
    ]:
        f.landmark(ident, x, yy)
    return f


def upper_body(with_landmarks=True):
    f = Figure("upper-body", "Upper body and arms (front)", 900, 800, 450)
    head = [(450, 16), (412, 24), (392, 56), (388, 96), (394, 134), (410, 162), (430, 178),
            (450, 184)]
    # Half the body: neck, shoulder, arm down to the hand and back up, flank, hip.
    arm_out = [(419, 168), (417, 204), (412, 226), (392, 238), (356, 248), (318, 260), (292, 270),
               (268, 288), (256, 322), (250, 362), (242, 422), (226, 480), (208, 556),
               (192, 626), (182, 660)]
    hand = [(174, 690), (166, 728), (168, 770), (180, 790), (198, 782), (208, 748), (222, 726),
            (224, 706), (212, 690), (214, 656)]
    arm_in = [(232, 592), (252, 522), (266, 476), (284, 420), (298, 366), (312, 338)]
    flank = [(318, 346), (322, 400), (330, 462), (342, 540), (340, 606), (330, 680), (334, 760),
             (336, 830)]
    body = [(450, 150)] + arm_out + hand + arm_in + flank + [(450, 830)]
    f.symmetric("skin", body)
    f.symmetric("skin", head)
    ear = [(392, 82), (381, 86), (380, 112), (388, 128), (394, 124)]
    f.curve("skin", ear, closed=True)
    f.curve("ink", ear[:-1])
    f.symmetric("shade", [(450, 18), (412, 26), (393, 56), (390, 82), (398, 72), (414, 50),
                          (450, 42)])
    f.curve("ink", head)
    f.curve("ink", arm_out + hand + arm_in)
    f.curve("ink", flank)
    # Collarbones, jugular notch, breastbone, chest, ribs, navel.
    f.curve("ink", [(440, 272), (412, 278), (380, 282), (350, 276), (320, 268), (298, 268)],
            extra=' stroke-width="2.6"')
    f.curve("ink", [(438, 270), (450, 277), (462, 270)], both=False)
    f.curve("detail", [(420, 160), (430, 214), (442, 266)])  # sternocleidomastoid
    f.curve("detail", [(450, 282), (450, 448)], both=False, extra=FINE)
    f.curve("detail", [(448, 424), (416, 432), (378, 424), (344, 398), (322, 362)])  # pectoral
    f.curve("detail", [(334, 276), (322, 304), (316, 334)], extra=FINE)  # deltopectoral groove
    f.curve("detail", [(450, 448), (418, 472), (388, 500), (360, 516)])  # costal margin
    f.curve("detail", [(450, 460), (450, 578)], both=False, extra=FINE)  # linea alba
    f.ellipse("detail", 450, 592, 5, 7, both=False)
    f.curve("detail", [(376, 700), (412, 752), (438, 800)], extra=FINE)  # groin
    f.curve("detail", [(262, 298), (258, 360), (266, 420)], extra=FINE)  # biceps
    f.curve("detail", [(238, 476), (252, 482), (266, 478)], extra=FINE)  # elbow crease
    f.curve("detail", [(184, 660), (198, 664), (212, 660)], extra=FINE)  # wrist
    f.curve("detail", [(172, 740), (186, 746), (204, 742)], extra=FINE)  # knuckles
    f.curve("detail", [(178, 752), (176, 778)], extra=FINE)  # fingers
    f.curve("detail", [(190, 754), (190, 784)], extra=FINE)
    # A quiet face, so the figure reads as a person.
    f.curve("detail", [(426, 84), (414, 80), (403, 84)], extra=FINE)
    f.curve("detail", [(426, 96), (416, 92), (406, 96)], extra=FINE)
    f.curve("detail", [(444, 128), (450, 131), (456, 128)], both=False, extra=FINE)
    f.curve("detail", [(436, 150), (450, 153), (464, 150)], both=False, extra=FINE)
    if not with_landmarks:
        return f
    for ident, x, y in [
        ("nape-side", 417, 190), ("neck-base", 408, 232), ("trapezius-top", 352, 250),
        ("shoulder", 292, 274), ("supraclavicular", 392, 260), ("collarbone", 374, 281),
        ("under-collarbone", 374, 302), ("jugular-notch", 450, 276),
        ("sternum-middle", 450, 362), ("chest-upper", 386, 334), ("chest-side", 323, 396),
        ("armpit", 314, 340), ("upper-arm-inner", 279, 404), ("elbow-inner", 252, 478),
        ("forearm", 223, 566), ("wrist", 198, 654), ("hand-back", 192, 704),
        ("knuckles", 188, 742),
    ]:
        f.landmark(ident, x, y)
    return f


def breathing():
    """The breathing figure: the upper body, with the areas that fill as one breathes."""
    f = upper_body(with_landmarks=False)
    f.ident, f.title = "breathing", "Breathing: chest and belly"
    f.zones = [("breath-chest", 450, 372, 104, 70), ("breath-belly", 450, 566, 86, 66)]
    return f


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "diagrams")
    out = sys.argv[1] if len(sys.argv) > 1 else root
    os.makedirs(out, exist_ok=True)
    for fig in (face_front(), back(), upper_body(), breathing()):
        with open(os.path.join(out, fig.ident + ".svg"), "w", encoding="utf-8") as fh:
            fh.write(fig.svg())


if __name__ == "__main__":
    main()
