; ModuleID = 'lex_long_lines.sy'
source_filename = "lex_long_lines.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@table = dso_local global [600 x i32] [i32 0, i32 37, i32 74, i32 111, i32 148, i32 185, i32 222, i32 259, i32 296, i32 333, i32 370, i32 407, i32 444, i32 481, i32 518, i32 555, i32 592, i32 629, i32 666, i32 703, i32 740, i32 777, i32 814, i32 851, i32 888, i32 925, i32 962, i32 999, i32 36, i32 73, i32 110, i32 147, i32 184, i32 221, i32 258, i32 295, i32 332, i32 369, i32 406, i32 443, i32 480, i32 517, i32 554, i32 591, i32 628, i32 665, i32 702, i32 739, i32 776, i32 813, i32 850, i32 887, i32 924, i32 961, i32 998, i32 35, i32 72, i32 109, i32 146, i32 183, i32 220, i32 257, i32 294, i32 331, i32 368, i32 405, i32 442, i32 479, i32 516, i32 553, i32 590, i32 627, i32 664, i32 701, i32 738, i32 775, i32 812, i32 849, i32 886, i32 923, i32 960, i32 997, i32 34, i32 71, i32 108, i32 145, i32 182, i32 219, i32 256, i32 293, i32 330, i32 367, i32 404, i32 441, i32 478, i32 515, i32 552, i32 589, i32 626, i32 663, i32 700, i32 737, i32 774, i32 811, i32 848, i32 885, i32 922, i32 959, i32 996, i32 33, i32 70, i32 107, i32 144, i32 181, i32 218, i32 255, i32 292, i32 329, i32 366, i32 403, i32 440, i32 477, i32 514, i32 551, i32 588, i32 625, i32 662, i32 699, i32 736, i32 773, i32 810, i32 847, i32 884, i32 921, i32 958, i32 995, i32 32, i32 69, i32 106, i32 143, i32 180, i32 217, i32 254, i32 291, i32 328, i32 365, i32 402, i32 439, i32 476, i32 513, i32 550, i32 587, i32 624, i32 661, i32 698, i32 735, i32 772, i32 809, i32 846, i32 883, i32 920, i32 957, i32 994, i32 31, i32 68, i32 105, i32 142, i32 179, i32 216, i32 253, i32 290, i32 327, i32 364, i32 401, i32 438, i32 475, i32 512, i32 549, i32 586, i32 623, i32 660, i32 697, i32 734, i32 771, i32 808, i32 845, i32 882, i32 919, i32 956, i32 993, i32 30, i32 67, i32 104, i32 141, i32 178, i32 215, i32 252, i32 289, i32 326, i32 363, i32 400, i32 437, i32 474, i32 511, i32 548, i32 585, i32 622, i32 659, i32 696, i32 733, i32 770, i32 807, i32 844, i32 881, i32 918, i32 955, i32 992, i32 29, i32 66, i32 103, i32 140, i32 177, i32 214, i32 251, i32 288, i32 325, i32 362, i32 399, i32 436, i32 473, i32 510, i32 547, i32 584, i32 621, i32 658, i32 695, i32 732, i32 769, i32 806, i32 843, i32 880, i32 917, i32 954, i32 991, i32 28, i32 65, i32 102, i32 139, i32 176, i32 213, i32 250, i32 287, i32 324, i32 361, i32 398, i32 435, i32 472, i32 509, i32 546, i32 583, i32 620, i32 657, i32 694, i32 731, i32 768, i32 805, i32 842, i32 879, i32 916, i32 953, i32 990, i32 27, i32 64, i32 101, i32 138, i32 175, i32 212, i32 249, i32 286, i32 323, i32 360, i32 397, i32 434, i32 471, i32 508, i32 545, i32 582, i32 619, i32 656, i32 693, i32 730, i32 767, i32 804, i32 841, i32 878, i32 915, i32 952, i32 989, i32 26, i32 63, i32 100, i32 137, i32 174, i32 211, i32 248, i32 285, i32 322, i32 359, i32 396, i32 433, i32 470, i32 507, i32 544, i32 581, i32 618, i32 655, i32 692, i32 729, i32 766, i32 803, i32 840, i32 877, i32 914, i32 951, i32 988, i32 25, i32 62, i32 99, i32 136, i32 173, i32 210, i32 247, i32 284, i32 321, i32 358, i32 395, i32 432, i32 469, i32 506, i32 543, i32 580, i32 617, i32 654, i32 691, i32 728, i32 765, i32 802, i32 839, i32 876, i32 913, i32 950, i32 987, i32 24, i32 61, i32 98, i32 135, i32 172, i32 209, i32 246, i32 283, i32 320, i32 357, i32 394, i32 431, i32 468, i32 505, i32 542, i32 579, i32 616, i32 653, i32 690, i32 727, i32 764, i32 801, i32 838, i32 875, i32 912, i32 949, i32 986, i32 23, i32 60, i32 97, i32 134, i32 171, i32 208, i32 245, i32 282, i32 319, i32 356, i32 393, i32 430, i32 467, i32 504, i32 541, i32 578, i32 615, i32 652, i32 689, i32 726, i32 763, i32 800, i32 837, i32 874, i32 911, i32 948, i32 985, i32 22, i32 59, i32 96, i32 133, i32 170, i32 207, i32 244, i32 281, i32 318, i32 355, i32 392, i32 429, i32 466, i32 503, i32 540, i32 577, i32 614, i32 651, i32 688, i32 725, i32 762, i32 799, i32 836, i32 873, i32 910, i32 947, i32 984, i32 21, i32 58, i32 95, i32 132, i32 169, i32 206, i32 243, i32 280, i32 317, i32 354, i32 391, i32 428, i32 465, i32 502, i32 539, i32 576, i32 613, i32 650, i32 687, i32 724, i32 761, i32 798, i32 835, i32 872, i32 909, i32 946, i32 983, i32 20, i32 57, i32 94, i32 131, i32 168, i32 205, i32 242, i32 279, i32 316, i32 353, i32 390, i32 427, i32 464, i32 501, i32 538, i32 575, i32 612, i32 649, i32 686, i32 723, i32 760, i32 797, i32 834, i32 871, i32 908, i32 945, i32 982, i32 19, i32 56, i32 93, i32 130, i32 167, i32 204, i32 241, i32 278, i32 315, i32 352, i32 389, i32 426, i32 463, i32 500, i32 537, i32 574, i32 611, i32 648, i32 685, i32 722, i32 759, i32 796, i32 833, i32 870, i32 907, i32 944, i32 981, i32 18, i32 55, i32 92, i32 129, i32 166, i32 203, i32 240, i32 277, i32 314, i32 351, i32 388, i32 425, i32 462, i32 499, i32 536, i32 573, i32 610, i32 647, i32 684, i32 721, i32 758, i32 795, i32 832, i32 869, i32 906, i32 943, i32 980, i32 17, i32 54, i32 91, i32 128, i32 165, i32 202, i32 239, i32 276, i32 313, i32 350, i32 387, i32 424, i32 461, i32 498, i32 535, i32 572, i32 609, i32 646, i32 683, i32 720, i32 757, i32 794, i32 831, i32 868, i32 905, i32 942, i32 979, i32 16, i32 53, i32 90, i32 127, i32 164, i32 201, i32 238, i32 275, i32 312, i32 349, i32 386, i32 423, i32 460, i32 497, i32 534, i32 571, i32 608, i32 645, i32 682, i32 719, i32 756, i32 793, i32 830, i32 867, i32 904, i32 941, i32 978, i32 15, i32 52, i32 89, i32 126, i32 163], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 112336, i32* %2, align 4
  %8 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %8)
  call void @putch(i32 noundef 10)
  store i32 0, i32* %3, align 4
  store i32 0, i32* %4, align 4
  br label %9

9:                                                ; preds = %12, %0
  %10 = load i32, i32* %4, align 4
  %11 = icmp slt i32 %10, 600
  br i1 %11, label %12, label %21

12:                                               ; preds = %9
  %13 = load i32, i32* %3, align 4
  %14 = load i32, i32* %4, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [600 x i32], [600 x i32]* @table, i64 0, i64 %15
  %17 = load i32, i32* %16, align 4
  %18 = add nsw i32 %13, %17
  store i32 %18, i32* %3, align 4
  %19 = load i32, i32* %4, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, i32* %4, align 4
  br label %9, !llvm.loop !6

21:                                               ; preds = %9
  %22 = load i32, i32* %3, align 4
  call void @putint(i32 noundef %22)
  call void @putch(i32 noundef 10)
  store i32 42, i32* %5, align 4
  store i32 0, i32* %6, align 4
  %23 = load i32, i32* %5, align 4
  %24 = icmp ne i32 %23, 100
  br i1 %24, label %25, label %923

25:                                               ; preds = %21
  %26 = load i32, i32* %5, align 4
  %27 = icmp ne i32 %26, 101
  br i1 %27, label %28, label %923

28:                                               ; preds = %25
  %29 = load i32, i32* %5, align 4
  %30 = icmp ne i32 %29, 102
  br i1 %30, label %31, label %923

31:                                               ; preds = %28
  %32 = load i32, i32* %5, align 4
  %33 = icmp ne i32 %32, 103
  br i1 %33, label %34, label %923

34:                                               ; preds = %31
  %35 = load i32, i32* %5, align 4
  %36 = icmp ne i32 %35, 104
  br i1 %36, label %37, label %923

37:                                               ; preds = %34
  %38 = load i32, i32* %5, align 4
  %39 = icmp ne i32 %38, 105
  br i1 %39, label %40, label %923

40:                                               ; preds = %37
  %41 = load i32, i32* %5, align 4
  %42 = icmp ne i32 %41, 106
  br i1 %42, label %43, label %923

43:                                               ; preds = %40
  %44 = load i32, i32* %5, align 4
  %45 = icmp ne i32 %44, 107
  br i1 %45, label %46, label %923

46:                                               ; preds = %43
  %47 = load i32, i32* %5, align 4
  %48 = icmp ne i32 %47, 108
  br i1 %48, label %49, label %923

49:                                               ; preds = %46
  %50 = load i32, i32* %5, align 4
  %51 = icmp ne i32 %50, 109
  br i1 %51, label %52, label %923

52:                                               ; preds = %49
  %53 = load i32, i32* %5, align 4
  %54 = icmp ne i32 %53, 110
  br i1 %54, label %55, label %923

55:                                               ; preds = %52
  %56 = load i32, i32* %5, align 4
  %57 = icmp ne i32 %56, 111
  br i1 %57, label %58, label %923

58:                                               ; preds = %55
  %59 = load i32, i32* %5, align 4
  %60 = icmp ne i32 %59, 112
  br i1 %60, label %61, label %923

61:                                               ; preds = %58
  %62 = load i32, i32* %5, align 4
  %63 = icmp ne i32 %62, 113
  br i1 %63, label %64, label %923

64:                                               ; preds = %61
  %65 = load i32, i32* %5, align 4
  %66 = icmp ne i32 %65, 114
  br i1 %66, label %67, label %923

67:                                               ; preds = %64
  %68 = load i32, i32* %5, align 4
  %69 = icmp ne i32 %68, 115
  br i1 %69, label %70, label %923

70:                                               ; preds = %67
  %71 = load i32, i32* %5, align 4
  %72 = icmp ne i32 %71, 116
  br i1 %72, label %73, label %923

73:                                               ; preds = %70
  %74 = load i32, i32* %5, align 4
  %75 = icmp ne i32 %74, 117
  br i1 %75, label %76, label %923

76:                                               ; preds = %73
  %77 = load i32, i32* %5, align 4
  %78 = icmp ne i32 %77, 118
  br i1 %78, label %79, label %923

79:                                               ; preds = %76
  %80 = load i32, i32* %5, align 4
  %81 = icmp ne i32 %80, 119
  br i1 %81, label %82, label %923

82:                                               ; preds = %79
  %83 = load i32, i32* %5, align 4
  %84 = icmp ne i32 %83, 120
  br i1 %84, label %85, label %923

85:                                               ; preds = %82
  %86 = load i32, i32* %5, align 4
  %87 = icmp ne i32 %86, 121
  br i1 %87, label %88, label %923

88:                                               ; preds = %85
  %89 = load i32, i32* %5, align 4
  %90 = icmp ne i32 %89, 122
  br i1 %90, label %91, label %923

91:                                               ; preds = %88
  %92 = load i32, i32* %5, align 4
  %93 = icmp ne i32 %92, 123
  br i1 %93, label %94, label %923

94:                                               ; preds = %91
  %95 = load i32, i32* %5, align 4
  %96 = icmp ne i32 %95, 124
  br i1 %96, label %97, label %923

97:                                               ; preds = %94
  %98 = load i32, i32* %5, align 4
  %99 = icmp ne i32 %98, 125
  br i1 %99, label %100, label %923

100:                                              ; preds = %97
  %101 = load i32, i32* %5, align 4
  %102 = icmp ne i32 %101, 126
  br i1 %102, label %103, label %923

103:                                              ; preds = %100
  %104 = load i32, i32* %5, align 4
  %105 = icmp ne i32 %104, 127
  br i1 %105, label %106, label %923

106:                                              ; preds = %103
  %107 = load i32, i32* %5, align 4
  %108 = icmp ne i32 %107, 128
  br i1 %108, label %109, label %923

109:                                              ; preds = %106
  %110 = load i32, i32* %5, align 4
  %111 = icmp ne i32 %110, 129
  br i1 %111, label %112, label %923

112:                                              ; preds = %109
  %113 = load i32, i32* %5, align 4
  %114 = icmp ne i32 %113, 130
  br i1 %114, label %115, label %923

115:                                              ; preds = %112
  %116 = load i32, i32* %5, align 4
  %117 = icmp ne i32 %116, 131
  br i1 %117, label %118, label %923

118:                                              ; preds = %115
  %119 = load i32, i32* %5, align 4
  %120 = icmp ne i32 %119, 132
  br i1 %120, label %121, label %923

121:                                              ; preds = %118
  %122 = load i32, i32* %5, align 4
  %123 = icmp ne i32 %122, 133
  br i1 %123, label %124, label %923

124:                                              ; preds = %121
  %125 = load i32, i32* %5, align 4
  %126 = icmp ne i32 %125, 134
  br i1 %126, label %127, label %923

127:                                              ; preds = %124
  %128 = load i32, i32* %5, align 4
  %129 = icmp ne i32 %128, 135
  br i1 %129, label %130, label %923

130:                                              ; preds = %127
  %131 = load i32, i32* %5, align 4
  %132 = icmp ne i32 %131, 136
  br i1 %132, label %133, label %923

133:                                              ; preds = %130
  %134 = load i32, i32* %5, align 4
  %135 = icmp ne i32 %134, 137
  br i1 %135, label %136, label %923

136:                                              ; preds = %133
  %137 = load i32, i32* %5, align 4
  %138 = icmp ne i32 %137, 138
  br i1 %138, label %139, label %923

139:                                              ; preds = %136
  %140 = load i32, i32* %5, align 4
  %141 = icmp ne i32 %140, 139
  br i1 %141, label %142, label %923

142:                                              ; preds = %139
  %143 = load i32, i32* %5, align 4
  %144 = icmp ne i32 %143, 140
  br i1 %144, label %145, label %923

145:                                              ; preds = %142
  %146 = load i32, i32* %5, align 4
  %147 = icmp ne i32 %146, 141
  br i1 %147, label %148, label %923

148:                                              ; preds = %145
  %149 = load i32, i32* %5, align 4
  %150 = icmp ne i32 %149, 142
  br i1 %150, label %151, label %923

151:                                              ; preds = %148
  %152 = load i32, i32* %5, align 4
  %153 = icmp ne i32 %152, 143
  br i1 %153, label %154, label %923

154:                                              ; preds = %151
  %155 = load i32, i32* %5, align 4
  %156 = icmp ne i32 %155, 144
  br i1 %156, label %157, label %923

157:                                              ; preds = %154
  %158 = load i32, i32* %5, align 4
  %159 = icmp ne i32 %158, 145
  br i1 %159, label %160, label %923

160:                                              ; preds = %157
  %161 = load i32, i32* %5, align 4
  %162 = icmp ne i32 %161, 146
  br i1 %162, label %163, label %923

163:                                              ; preds = %160
  %164 = load i32, i32* %5, align 4
  %165 = icmp ne i32 %164, 147
  br i1 %165, label %166, label %923

166:                                              ; preds = %163
  %167 = load i32, i32* %5, align 4
  %168 = icmp ne i32 %167, 148
  br i1 %168, label %169, label %923

169:                                              ; preds = %166
  %170 = load i32, i32* %5, align 4
  %171 = icmp ne i32 %170, 149
  br i1 %171, label %172, label %923

172:                                              ; preds = %169
  %173 = load i32, i32* %5, align 4
  %174 = icmp ne i32 %173, 150
  br i1 %174, label %175, label %923

175:                                              ; preds = %172
  %176 = load i32, i32* %5, align 4
  %177 = icmp ne i32 %176, 151
  br i1 %177, label %178, label %923

178:                                              ; preds = %175
  %179 = load i32, i32* %5, align 4
  %180 = icmp ne i32 %179, 152
  br i1 %180, label %181, label %923

181:                                              ; preds = %178
  %182 = load i32, i32* %5, align 4
  %183 = icmp ne i32 %182, 153
  br i1 %183, label %184, label %923

184:                                              ; preds = %181
  %185 = load i32, i32* %5, align 4
  %186 = icmp ne i32 %185, 154
  br i1 %186, label %187, label %923

187:                                              ; preds = %184
  %188 = load i32, i32* %5, align 4
  %189 = icmp ne i32 %188, 155
  br i1 %189, label %190, label %923

190:                                              ; preds = %187
  %191 = load i32, i32* %5, align 4
  %192 = icmp ne i32 %191, 156
  br i1 %192, label %193, label %923

193:                                              ; preds = %190
  %194 = load i32, i32* %5, align 4
  %195 = icmp ne i32 %194, 157
  br i1 %195, label %196, label %923

196:                                              ; preds = %193
  %197 = load i32, i32* %5, align 4
  %198 = icmp ne i32 %197, 158
  br i1 %198, label %199, label %923

199:                                              ; preds = %196
  %200 = load i32, i32* %5, align 4
  %201 = icmp ne i32 %200, 159
  br i1 %201, label %202, label %923

202:                                              ; preds = %199
  %203 = load i32, i32* %5, align 4
  %204 = icmp ne i32 %203, 160
  br i1 %204, label %205, label %923

205:                                              ; preds = %202
  %206 = load i32, i32* %5, align 4
  %207 = icmp ne i32 %206, 161
  br i1 %207, label %208, label %923

208:                                              ; preds = %205
  %209 = load i32, i32* %5, align 4
  %210 = icmp ne i32 %209, 162
  br i1 %210, label %211, label %923

211:                                              ; preds = %208
  %212 = load i32, i32* %5, align 4
  %213 = icmp ne i32 %212, 163
  br i1 %213, label %214, label %923

214:                                              ; preds = %211
  %215 = load i32, i32* %5, align 4
  %216 = icmp ne i32 %215, 164
  br i1 %216, label %217, label %923

217:                                              ; preds = %214
  %218 = load i32, i32* %5, align 4
  %219 = icmp ne i32 %218, 165
  br i1 %219, label %220, label %923

220:                                              ; preds = %217
  %221 = load i32, i32* %5, align 4
  %222 = icmp ne i32 %221, 166
  br i1 %222, label %223, label %923

223:                                              ; preds = %220
  %224 = load i32, i32* %5, align 4
  %225 = icmp ne i32 %224, 167
  br i1 %225, label %226, label %923

226:                                              ; preds = %223
  %227 = load i32, i32* %5, align 4
  %228 = icmp ne i32 %227, 168
  br i1 %228, label %229, label %923

229:                                              ; preds = %226
  %230 = load i32, i32* %5, align 4
  %231 = icmp ne i32 %230, 169
  br i1 %231, label %232, label %923

232:                                              ; preds = %229
  %233 = load i32, i32* %5, align 4
  %234 = icmp ne i32 %233, 170
  br i1 %234, label %235, label %923

235:                                              ; preds = %232
  %236 = load i32, i32* %5, align 4
  %237 = icmp ne i32 %236, 171
  br i1 %237, label %238, label %923

238:                                              ; preds = %235
  %239 = load i32, i32* %5, align 4
  %240 = icmp ne i32 %239, 172
  br i1 %240, label %241, label %923

241:                                              ; preds = %238
  %242 = load i32, i32* %5, align 4
  %243 = icmp ne i32 %242, 173
  br i1 %243, label %244, label %923

244:                                              ; preds = %241
  %245 = load i32, i32* %5, align 4
  %246 = icmp ne i32 %245, 174
  br i1 %246, label %247, label %923

247:                                              ; preds = %244
  %248 = load i32, i32* %5, align 4
  %249 = icmp ne i32 %248, 175
  br i1 %249, label %250, label %923

250:                                              ; preds = %247
  %251 = load i32, i32* %5, align 4
  %252 = icmp ne i32 %251, 176
  br i1 %252, label %253, label %923

253:                                              ; preds = %250
  %254 = load i32, i32* %5, align 4
  %255 = icmp ne i32 %254, 177
  br i1 %255, label %256, label %923

256:                                              ; preds = %253
  %257 = load i32, i32* %5, align 4
  %258 = icmp ne i32 %257, 178
  br i1 %258, label %259, label %923

259:                                              ; preds = %256
  %260 = load i32, i32* %5, align 4
  %261 = icmp ne i32 %260, 179
  br i1 %261, label %262, label %923

262:                                              ; preds = %259
  %263 = load i32, i32* %5, align 4
  %264 = icmp ne i32 %263, 180
  br i1 %264, label %265, label %923

265:                                              ; preds = %262
  %266 = load i32, i32* %5, align 4
  %267 = icmp ne i32 %266, 181
  br i1 %267, label %268, label %923

268:                                              ; preds = %265
  %269 = load i32, i32* %5, align 4
  %270 = icmp ne i32 %269, 182
  br i1 %270, label %271, label %923

271:                                              ; preds = %268
  %272 = load i32, i32* %5, align 4
  %273 = icmp ne i32 %272, 183
  br i1 %273, label %274, label %923

274:                                              ; preds = %271
  %275 = load i32, i32* %5, align 4
  %276 = icmp ne i32 %275, 184
  br i1 %276, label %277, label %923

277:                                              ; preds = %274
  %278 = load i32, i32* %5, align 4
  %279 = icmp ne i32 %278, 185
  br i1 %279, label %280, label %923

280:                                              ; preds = %277
  %281 = load i32, i32* %5, align 4
  %282 = icmp ne i32 %281, 186
  br i1 %282, label %283, label %923

283:                                              ; preds = %280
  %284 = load i32, i32* %5, align 4
  %285 = icmp ne i32 %284, 187
  br i1 %285, label %286, label %923

286:                                              ; preds = %283
  %287 = load i32, i32* %5, align 4
  %288 = icmp ne i32 %287, 188
  br i1 %288, label %289, label %923

289:                                              ; preds = %286
  %290 = load i32, i32* %5, align 4
  %291 = icmp ne i32 %290, 189
  br i1 %291, label %292, label %923

292:                                              ; preds = %289
  %293 = load i32, i32* %5, align 4
  %294 = icmp ne i32 %293, 190
  br i1 %294, label %295, label %923

295:                                              ; preds = %292
  %296 = load i32, i32* %5, align 4
  %297 = icmp ne i32 %296, 191
  br i1 %297, label %298, label %923

298:                                              ; preds = %295
  %299 = load i32, i32* %5, align 4
  %300 = icmp ne i32 %299, 192
  br i1 %300, label %301, label %923

301:                                              ; preds = %298
  %302 = load i32, i32* %5, align 4
  %303 = icmp ne i32 %302, 193
  br i1 %303, label %304, label %923

304:                                              ; preds = %301
  %305 = load i32, i32* %5, align 4
  %306 = icmp ne i32 %305, 194
  br i1 %306, label %307, label %923

307:                                              ; preds = %304
  %308 = load i32, i32* %5, align 4
  %309 = icmp ne i32 %308, 195
  br i1 %309, label %310, label %923

310:                                              ; preds = %307
  %311 = load i32, i32* %5, align 4
  %312 = icmp ne i32 %311, 196
  br i1 %312, label %313, label %923

313:                                              ; preds = %310
  %314 = load i32, i32* %5, align 4
  %315 = icmp ne i32 %314, 197
  br i1 %315, label %316, label %923

316:                                              ; preds = %313
  %317 = load i32, i32* %5, align 4
  %318 = icmp ne i32 %317, 198
  br i1 %318, label %319, label %923

319:                                              ; preds = %316
  %320 = load i32, i32* %5, align 4
  %321 = icmp ne i32 %320, 199
  br i1 %321, label %322, label %923

322:                                              ; preds = %319
  %323 = load i32, i32* %5, align 4
  %324 = icmp ne i32 %323, 200
  br i1 %324, label %325, label %923

325:                                              ; preds = %322
  %326 = load i32, i32* %5, align 4
  %327 = icmp ne i32 %326, 201
  br i1 %327, label %328, label %923

328:                                              ; preds = %325
  %329 = load i32, i32* %5, align 4
  %330 = icmp ne i32 %329, 202
  br i1 %330, label %331, label %923

331:                                              ; preds = %328
  %332 = load i32, i32* %5, align 4
  %333 = icmp ne i32 %332, 203
  br i1 %333, label %334, label %923

334:                                              ; preds = %331
  %335 = load i32, i32* %5, align 4
  %336 = icmp ne i32 %335, 204
  br i1 %336, label %337, label %923

337:                                              ; preds = %334
  %338 = load i32, i32* %5, align 4
  %339 = icmp ne i32 %338, 205
  br i1 %339, label %340, label %923

340:                                              ; preds = %337
  %341 = load i32, i32* %5, align 4
  %342 = icmp ne i32 %341, 206
  br i1 %342, label %343, label %923

343:                                              ; preds = %340
  %344 = load i32, i32* %5, align 4
  %345 = icmp ne i32 %344, 207
  br i1 %345, label %346, label %923

346:                                              ; preds = %343
  %347 = load i32, i32* %5, align 4
  %348 = icmp ne i32 %347, 208
  br i1 %348, label %349, label %923

349:                                              ; preds = %346
  %350 = load i32, i32* %5, align 4
  %351 = icmp ne i32 %350, 209
  br i1 %351, label %352, label %923

352:                                              ; preds = %349
  %353 = load i32, i32* %5, align 4
  %354 = icmp ne i32 %353, 210
  br i1 %354, label %355, label %923

355:                                              ; preds = %352
  %356 = load i32, i32* %5, align 4
  %357 = icmp ne i32 %356, 211
  br i1 %357, label %358, label %923

358:                                              ; preds = %355
  %359 = load i32, i32* %5, align 4
  %360 = icmp ne i32 %359, 212
  br i1 %360, label %361, label %923

361:                                              ; preds = %358
  %362 = load i32, i32* %5, align 4
  %363 = icmp ne i32 %362, 213
  br i1 %363, label %364, label %923

364:                                              ; preds = %361
  %365 = load i32, i32* %5, align 4
  %366 = icmp ne i32 %365, 214
  br i1 %366, label %367, label %923

367:                                              ; preds = %364
  %368 = load i32, i32* %5, align 4
  %369 = icmp ne i32 %368, 215
  br i1 %369, label %370, label %923

370:                                              ; preds = %367
  %371 = load i32, i32* %5, align 4
  %372 = icmp ne i32 %371, 216
  br i1 %372, label %373, label %923

373:                                              ; preds = %370
  %374 = load i32, i32* %5, align 4
  %375 = icmp ne i32 %374, 217
  br i1 %375, label %376, label %923

376:                                              ; preds = %373
  %377 = load i32, i32* %5, align 4
  %378 = icmp ne i32 %377, 218
  br i1 %378, label %379, label %923

379:                                              ; preds = %376
  %380 = load i32, i32* %5, align 4
  %381 = icmp ne i32 %380, 219
  br i1 %381, label %382, label %923

382:                                              ; preds = %379
  %383 = load i32, i32* %5, align 4
  %384 = icmp ne i32 %383, 220
  br i1 %384, label %385, label %923

385:                                              ; preds = %382
  %386 = load i32, i32* %5, align 4
  %387 = icmp ne i32 %386, 221
  br i1 %387, label %388, label %923

388:                                              ; preds = %385
  %389 = load i32, i32* %5, align 4
  %390 = icmp ne i32 %389, 222
  br i1 %390, label %391, label %923

391:                                              ; preds = %388
  %392 = load i32, i32* %5, align 4
  %393 = icmp ne i32 %392, 223
  br i1 %393, label %394, label %923

394:                                              ; preds = %391
  %395 = load i32, i32* %5, align 4
  %396 = icmp ne i32 %395, 224
  br i1 %396, label %397, label %923

397:                                              ; preds = %394
  %398 = load i32, i32* %5, align 4
  %399 = icmp ne i32 %398, 225
  br i1 %399, label %400, label %923

400:                                              ; preds = %397
  %401 = load i32, i32* %5, align 4
  %402 = icmp ne i32 %401, 226
  br i1 %402, label %403, label %923

403:                                              ; preds = %400
  %404 = load i32, i32* %5, align 4
  %405 = icmp ne i32 %404, 227
  br i1 %405, label %406, label %923

406:                                              ; preds = %403
  %407 = load i32, i32* %5, align 4
  %408 = icmp ne i32 %407, 228
  br i1 %408, label %409, label %923

409:                                              ; preds = %406
  %410 = load i32, i32* %5, align 4
  %411 = icmp ne i32 %410, 229
  br i1 %411, label %412, label %923

412:                                              ; preds = %409
  %413 = load i32, i32* %5, align 4
  %414 = icmp ne i32 %413, 230
  br i1 %414, label %415, label %923

415:                                              ; preds = %412
  %416 = load i32, i32* %5, align 4
  %417 = icmp ne i32 %416, 231
  br i1 %417, label %418, label %923

418:                                              ; preds = %415
  %419 = load i32, i32* %5, align 4
  %420 = icmp ne i32 %419, 232
  br i1 %420, label %421, label %923

421:                                              ; preds = %418
  %422 = load i32, i32* %5, align 4
  %423 = icmp ne i32 %422, 233
  br i1 %423, label %424, label %923

424:                                              ; preds = %421
  %425 = load i32, i32* %5, align 4
  %426 = icmp ne i32 %425, 234
  br i1 %426, label %427, label %923

427:                                              ; preds = %424
  %428 = load i32, i32* %5, align 4
  %429 = icmp ne i32 %428, 235
  br i1 %429, label %430, label %923

430:                                              ; preds = %427
  %431 = load i32, i32* %5, align 4
  %432 = icmp ne i32 %431, 236
  br i1 %432, label %433, label %923

433:                                              ; preds = %430
  %434 = load i32, i32* %5, align 4
  %435 = icmp ne i32 %434, 237
  br i1 %435, label %436, label %923

436:                                              ; preds = %433
  %437 = load i32, i32* %5, align 4
  %438 = icmp ne i32 %437, 238
  br i1 %438, label %439, label %923

439:                                              ; preds = %436
  %440 = load i32, i32* %5, align 4
  %441 = icmp ne i32 %440, 239
  br i1 %441, label %442, label %923

442:                                              ; preds = %439
  %443 = load i32, i32* %5, align 4
  %444 = icmp ne i32 %443, 240
  br i1 %444, label %445, label %923

445:                                              ; preds = %442
  %446 = load i32, i32* %5, align 4
  %447 = icmp ne i32 %446, 241
  br i1 %447, label %448, label %923

448:                                              ; preds = %445
  %449 = load i32, i32* %5, align 4
  %450 = icmp ne i32 %449, 242
  br i1 %450, label %451, label %923

451:                                              ; preds = %448
  %452 = load i32, i32* %5, align 4
  %453 = icmp ne i32 %452, 243
  br i1 %453, label %454, label %923

454:                                              ; preds = %451
  %455 = load i32, i32* %5, align 4
  %456 = icmp ne i32 %455, 244
  br i1 %456, label %457, label %923

457:                                              ; preds = %454
  %458 = load i32, i32* %5, align 4
  %459 = icmp ne i32 %458, 245
  br i1 %459, label %460, label %923

460:                                              ; preds = %457
  %461 = load i32, i32* %5, align 4
  %462 = icmp ne i32 %461, 246
  br i1 %462, label %463, label %923

463:                                              ; preds = %460
  %464 = load i32, i32* %5, align 4
  %465 = icmp ne i32 %464, 247
  br i1 %465, label %466, label %923

466:                                              ; preds = %463
  %467 = load i32, i32* %5, align 4
  %468 = icmp ne i32 %467, 248
  br i1 %468, label %469, label %923

469:                                              ; preds = %466
  %470 = load i32, i32* %5, align 4
  %471 = icmp ne i32 %470, 249
  br i1 %471, label %472, label %923

472:                                              ; preds = %469
  %473 = load i32, i32* %5, align 4
  %474 = icmp ne i32 %473, 250
  br i1 %474, label %475, label %923

475:                                              ; preds = %472
  %476 = load i32, i32* %5, align 4
  %477 = icmp ne i32 %476, 251
  br i1 %477, label %478, label %923

478:                                              ; preds = %475
  %479 = load i32, i32* %5, align 4
  %480 = icmp ne i32 %479, 252
  br i1 %480, label %481, label %923

481:                                              ; preds = %478
  %482 = load i32, i32* %5, align 4
  %483 = icmp ne i32 %482, 253
  br i1 %483, label %484, label %923

484:                                              ; preds = %481
  %485 = load i32, i32* %5, align 4
  %486 = icmp ne i32 %485, 254
  br i1 %486, label %487, label %923

487:                                              ; preds = %484
  %488 = load i32, i32* %5, align 4
  %489 = icmp ne i32 %488, 255
  br i1 %489, label %490, label %923

490:                                              ; preds = %487
  %491 = load i32, i32* %5, align 4
  %492 = icmp ne i32 %491, 256
  br i1 %492, label %493, label %923

493:                                              ; preds = %490
  %494 = load i32, i32* %5, align 4
  %495 = icmp ne i32 %494, 257
  br i1 %495, label %496, label %923

496:                                              ; preds = %493
  %497 = load i32, i32* %5, align 4
  %498 = icmp ne i32 %497, 258
  br i1 %498, label %499, label %923

499:                                              ; preds = %496
  %500 = load i32, i32* %5, align 4
  %501 = icmp ne i32 %500, 259
  br i1 %501, label %502, label %923

502:                                              ; preds = %499
  %503 = load i32, i32* %5, align 4
  %504 = icmp ne i32 %503, 260
  br i1 %504, label %505, label %923

505:                                              ; preds = %502
  %506 = load i32, i32* %5, align 4
  %507 = icmp ne i32 %506, 261
  br i1 %507, label %508, label %923

508:                                              ; preds = %505
  %509 = load i32, i32* %5, align 4
  %510 = icmp ne i32 %509, 262
  br i1 %510, label %511, label %923

511:                                              ; preds = %508
  %512 = load i32, i32* %5, align 4
  %513 = icmp ne i32 %512, 263
  br i1 %513, label %514, label %923

514:                                              ; preds = %511
  %515 = load i32, i32* %5, align 4
  %516 = icmp ne i32 %515, 264
  br i1 %516, label %517, label %923

517:                                              ; preds = %514
  %518 = load i32, i32* %5, align 4
  %519 = icmp ne i32 %518, 265
  br i1 %519, label %520, label %923

520:                                              ; preds = %517
  %521 = load i32, i32* %5, align 4
  %522 = icmp ne i32 %521, 266
  br i1 %522, label %523, label %923

523:                                              ; preds = %520
  %524 = load i32, i32* %5, align 4
  %525 = icmp ne i32 %524, 267
  br i1 %525, label %526, label %923

526:                                              ; preds = %523
  %527 = load i32, i32* %5, align 4
  %528 = icmp ne i32 %527, 268
  br i1 %528, label %529, label %923

529:                                              ; preds = %526
  %530 = load i32, i32* %5, align 4
  %531 = icmp ne i32 %530, 269
  br i1 %531, label %532, label %923

532:                                              ; preds = %529
  %533 = load i32, i32* %5, align 4
  %534 = icmp ne i32 %533, 270
  br i1 %534, label %535, label %923

535:                                              ; preds = %532
  %536 = load i32, i32* %5, align 4
  %537 = icmp ne i32 %536, 271
  br i1 %537, label %538, label %923

538:                                              ; preds = %535
  %539 = load i32, i32* %5, align 4
  %540 = icmp ne i32 %539, 272
  br i1 %540, label %541, label %923

541:                                              ; preds = %538
  %542 = load i32, i32* %5, align 4
  %543 = icmp ne i32 %542, 273
  br i1 %543, label %544, label %923

544:                                              ; preds = %541
  %545 = load i32, i32* %5, align 4
  %546 = icmp ne i32 %545, 274
  br i1 %546, label %547, label %923

547:                                              ; preds = %544
  %548 = load i32, i32* %5, align 4
  %549 = icmp ne i32 %548, 275
  br i1 %549, label %550, label %923

550:                                              ; preds = %547
  %551 = load i32, i32* %5, align 4
  %552 = icmp ne i32 %551, 276
  br i1 %552, label %553, label %923

553:                                              ; preds = %550
  %554 = load i32, i32* %5, align 4
  %555 = icmp ne i32 %554, 277
  br i1 %555, label %556, label %923

556:                                              ; preds = %553
  %557 = load i32, i32* %5, align 4
  %558 = icmp ne i32 %557, 278
  br i1 %558, label %559, label %923

559:                                              ; preds = %556
  %560 = load i32, i32* %5, align 4
  %561 = icmp ne i32 %560, 279
  br i1 %561, label %562, label %923

562:                                              ; preds = %559
  %563 = load i32, i32* %5, align 4
  %564 = icmp ne i32 %563, 280
  br i1 %564, label %565, label %923

565:                                              ; preds = %562
  %566 = load i32, i32* %5, align 4
  %567 = icmp ne i32 %566, 281
  br i1 %567, label %568, label %923

568:                                              ; preds = %565
  %569 = load i32, i32* %5, align 4
  %570 = icmp ne i32 %569, 282
  br i1 %570, label %571, label %923

571:                                              ; preds = %568
  %572 = load i32, i32* %5, align 4
  %573 = icmp ne i32 %572, 283
  br i1 %573, label %574, label %923

574:                                              ; preds = %571
  %575 = load i32, i32* %5, align 4
  %576 = icmp ne i32 %575, 284
  br i1 %576, label %577, label %923

577:                                              ; preds = %574
  %578 = load i32, i32* %5, align 4
  %579 = icmp ne i32 %578, 285
  br i1 %579, label %580, label %923

580:                                              ; preds = %577
  %581 = load i32, i32* %5, align 4
  %582 = icmp ne i32 %581, 286
  br i1 %582, label %583, label %923

583:                                              ; preds = %580
  %584 = load i32, i32* %5, align 4
  %585 = icmp ne i32 %584, 287
  br i1 %585, label %586, label %923

586:                                              ; preds = %583
  %587 = load i32, i32* %5, align 4
  %588 = icmp ne i32 %587, 288
  br i1 %588, label %589, label %923

589:                                              ; preds = %586
  %590 = load i32, i32* %5, align 4
  %591 = icmp ne i32 %590, 289
  br i1 %591, label %592, label %923

592:                                              ; preds = %589
  %593 = load i32, i32* %5, align 4
  %594 = icmp ne i32 %593, 290
  br i1 %594, label %595, label %923

595:                                              ; preds = %592
  %596 = load i32, i32* %5, align 4
  %597 = icmp ne i32 %596, 291
  br i1 %597, label %598, label %923

598:                                              ; preds = %595
  %599 = load i32, i32* %5, align 4
  %600 = icmp ne i32 %599, 292
  br i1 %600, label %601, label %923

601:                                              ; preds = %598
  %602 = load i32, i32* %5, align 4
  %603 = icmp ne i32 %602, 293
  br i1 %603, label %604, label %923

604:                                              ; preds = %601
  %605 = load i32, i32* %5, align 4
  %606 = icmp ne i32 %605, 294
  br i1 %606, label %607, label %923

607:                                              ; preds = %604
  %608 = load i32, i32* %5, align 4
  %609 = icmp ne i32 %608, 295
  br i1 %609, label %610, label %923

610:                                              ; preds = %607
  %611 = load i32, i32* %5, align 4
  %612 = icmp ne i32 %611, 296
  br i1 %612, label %613, label %923

613:                                              ; preds = %610
  %614 = load i32, i32* %5, align 4
  %615 = icmp ne i32 %614, 297
  br i1 %615, label %616, label %923

616:                                              ; preds = %613
  %617 = load i32, i32* %5, align 4
  %618 = icmp ne i32 %617, 298
  br i1 %618, label %619, label %923

619:                                              ; preds = %616
  %620 = load i32, i32* %5, align 4
  %621 = icmp ne i32 %620, 299
  br i1 %621, label %622, label %923

622:                                              ; preds = %619
  %623 = load i32, i32* %5, align 4
  %624 = icmp ne i32 %623, 300
  br i1 %624, label %625, label %923

625:                                              ; preds = %622
  %626 = load i32, i32* %5, align 4
  %627 = icmp ne i32 %626, 301
  br i1 %627, label %628, label %923

628:                                              ; preds = %625
  %629 = load i32, i32* %5, align 4
  %630 = icmp ne i32 %629, 302
  br i1 %630, label %631, label %923

631:                                              ; preds = %628
  %632 = load i32, i32* %5, align 4
  %633 = icmp ne i32 %632, 303
  br i1 %633, label %634, label %923

634:                                              ; preds = %631
  %635 = load i32, i32* %5, align 4
  %636 = icmp ne i32 %635, 304
  br i1 %636, label %637, label %923

637:                                              ; preds = %634
  %638 = load i32, i32* %5, align 4
  %639 = icmp ne i32 %638, 305
  br i1 %639, label %640, label %923

640:                                              ; preds = %637
  %641 = load i32, i32* %5, align 4
  %642 = icmp ne i32 %641, 306
  br i1 %642, label %643, label %923

643:                                              ; preds = %640
  %644 = load i32, i32* %5, align 4
  %645 = icmp ne i32 %644, 307
  br i1 %645, label %646, label %923

646:                                              ; preds = %643
  %647 = load i32, i32* %5, align 4
  %648 = icmp ne i32 %647, 308
  br i1 %648, label %649, label %923

649:                                              ; preds = %646
  %650 = load i32, i32* %5, align 4
  %651 = icmp ne i32 %650, 309
  br i1 %651, label %652, label %923

652:                                              ; preds = %649
  %653 = load i32, i32* %5, align 4
  %654 = icmp ne i32 %653, 310
  br i1 %654, label %655, label %923

655:                                              ; preds = %652
  %656 = load i32, i32* %5, align 4
  %657 = icmp ne i32 %656, 311
  br i1 %657, label %658, label %923

658:                                              ; preds = %655
  %659 = load i32, i32* %5, align 4
  %660 = icmp ne i32 %659, 312
  br i1 %660, label %661, label %923

661:                                              ; preds = %658
  %662 = load i32, i32* %5, align 4
  %663 = icmp ne i32 %662, 313
  br i1 %663, label %664, label %923

664:                                              ; preds = %661
  %665 = load i32, i32* %5, align 4
  %666 = icmp ne i32 %665, 314
  br i1 %666, label %667, label %923

667:                                              ; preds = %664
  %668 = load i32, i32* %5, align 4
  %669 = icmp ne i32 %668, 315
  br i1 %669, label %670, label %923

670:                                              ; preds = %667
  %671 = load i32, i32* %5, align 4
  %672 = icmp ne i32 %671, 316
  br i1 %672, label %673, label %923

673:                                              ; preds = %670
  %674 = load i32, i32* %5, align 4
  %675 = icmp ne i32 %674, 317
  br i1 %675, label %676, label %923

676:                                              ; preds = %673
  %677 = load i32, i32* %5, align 4
  %678 = icmp ne i32 %677, 318
  br i1 %678, label %679, label %923

679:                                              ; preds = %676
  %680 = load i32, i32* %5, align 4
  %681 = icmp ne i32 %680, 319
  br i1 %681, label %682, label %923

682:                                              ; preds = %679
  %683 = load i32, i32* %5, align 4
  %684 = icmp ne i32 %683, 320
  br i1 %684, label %685, label %923

685:                                              ; preds = %682
  %686 = load i32, i32* %5, align 4
  %687 = icmp ne i32 %686, 321
  br i1 %687, label %688, label %923

688:                                              ; preds = %685
  %689 = load i32, i32* %5, align 4
  %690 = icmp ne i32 %689, 322
  br i1 %690, label %691, label %923

691:                                              ; preds = %688
  %692 = load i32, i32* %5, align 4
  %693 = icmp ne i32 %692, 323
  br i1 %693, label %694, label %923

694:                                              ; preds = %691
  %695 = load i32, i32* %5, align 4
  %696 = icmp ne i32 %695, 324
  br i1 %696, label %697, label %923

697:                                              ; preds = %694
  %698 = load i32, i32* %5, align 4
  %699 = icmp ne i32 %698, 325
  br i1 %699, label %700, label %923

700:                                              ; preds = %697
  %701 = load i32, i32* %5, align 4
  %702 = icmp ne i32 %701, 326
  br i1 %702, label %703, label %923

703:                                              ; preds = %700
  %704 = load i32, i32* %5, align 4
  %705 = icmp ne i32 %704, 327
  br i1 %705, label %706, label %923

706:                                              ; preds = %703
  %707 = load i32, i32* %5, align 4
  %708 = icmp ne i32 %707, 328
  br i1 %708, label %709, label %923

709:                                              ; preds = %706
  %710 = load i32, i32* %5, align 4
  %711 = icmp ne i32 %710, 329
  br i1 %711, label %712, label %923

712:                                              ; preds = %709
  %713 = load i32, i32* %5, align 4
  %714 = icmp ne i32 %713, 330
  br i1 %714, label %715, label %923

715:                                              ; preds = %712
  %716 = load i32, i32* %5, align 4
  %717 = icmp ne i32 %716, 331
  br i1 %717, label %718, label %923

718:                                              ; preds = %715
  %719 = load i32, i32* %5, align 4
  %720 = icmp ne i32 %719, 332
  br i1 %720, label %721, label %923

721:                                              ; preds = %718
  %722 = load i32, i32* %5, align 4
  %723 = icmp ne i32 %722, 333
  br i1 %723, label %724, label %923

724:                                              ; preds = %721
  %725 = load i32, i32* %5, align 4
  %726 = icmp ne i32 %725, 334
  br i1 %726, label %727, label %923

727:                                              ; preds = %724
  %728 = load i32, i32* %5, align 4
  %729 = icmp ne i32 %728, 335
  br i1 %729, label %730, label %923

730:                                              ; preds = %727
  %731 = load i32, i32* %5, align 4
  %732 = icmp ne i32 %731, 336
  br i1 %732, label %733, label %923

733:                                              ; preds = %730
  %734 = load i32, i32* %5, align 4
  %735 = icmp ne i32 %734, 337
  br i1 %735, label %736, label %923

736:                                              ; preds = %733
  %737 = load i32, i32* %5, align 4
  %738 = icmp ne i32 %737, 338
  br i1 %738, label %739, label %923

739:                                              ; preds = %736
  %740 = load i32, i32* %5, align 4
  %741 = icmp ne i32 %740, 339
  br i1 %741, label %742, label %923

742:                                              ; preds = %739
  %743 = load i32, i32* %5, align 4
  %744 = icmp ne i32 %743, 340
  br i1 %744, label %745, label %923

745:                                              ; preds = %742
  %746 = load i32, i32* %5, align 4
  %747 = icmp ne i32 %746, 341
  br i1 %747, label %748, label %923

748:                                              ; preds = %745
  %749 = load i32, i32* %5, align 4
  %750 = icmp ne i32 %749, 342
  br i1 %750, label %751, label %923

751:                                              ; preds = %748
  %752 = load i32, i32* %5, align 4
  %753 = icmp ne i32 %752, 343
  br i1 %753, label %754, label %923

754:                                              ; preds = %751
  %755 = load i32, i32* %5, align 4
  %756 = icmp ne i32 %755, 344
  br i1 %756, label %757, label %923

757:                                              ; preds = %754
  %758 = load i32, i32* %5, align 4
  %759 = icmp ne i32 %758, 345
  br i1 %759, label %760, label %923

760:                                              ; preds = %757
  %761 = load i32, i32* %5, align 4
  %762 = icmp ne i32 %761, 346
  br i1 %762, label %763, label %923

763:                                              ; preds = %760
  %764 = load i32, i32* %5, align 4
  %765 = icmp ne i32 %764, 347
  br i1 %765, label %766, label %923

766:                                              ; preds = %763
  %767 = load i32, i32* %5, align 4
  %768 = icmp ne i32 %767, 348
  br i1 %768, label %769, label %923

769:                                              ; preds = %766
  %770 = load i32, i32* %5, align 4
  %771 = icmp ne i32 %770, 349
  br i1 %771, label %772, label %923

772:                                              ; preds = %769
  %773 = load i32, i32* %5, align 4
  %774 = icmp ne i32 %773, 350
  br i1 %774, label %775, label %923

775:                                              ; preds = %772
  %776 = load i32, i32* %5, align 4
  %777 = icmp ne i32 %776, 351
  br i1 %777, label %778, label %923

778:                                              ; preds = %775
  %779 = load i32, i32* %5, align 4
  %780 = icmp ne i32 %779, 352
  br i1 %780, label %781, label %923

781:                                              ; preds = %778
  %782 = load i32, i32* %5, align 4
  %783 = icmp ne i32 %782, 353
  br i1 %783, label %784, label %923

784:                                              ; preds = %781
  %785 = load i32, i32* %5, align 4
  %786 = icmp ne i32 %785, 354
  br i1 %786, label %787, label %923

787:                                              ; preds = %784
  %788 = load i32, i32* %5, align 4
  %789 = icmp ne i32 %788, 355
  br i1 %789, label %790, label %923

790:                                              ; preds = %787
  %791 = load i32, i32* %5, align 4
  %792 = icmp ne i32 %791, 356
  br i1 %792, label %793, label %923

793:                                              ; preds = %790
  %794 = load i32, i32* %5, align 4
  %795 = icmp ne i32 %794, 357
  br i1 %795, label %796, label %923

796:                                              ; preds = %793
  %797 = load i32, i32* %5, align 4
  %798 = icmp ne i32 %797, 358
  br i1 %798, label %799, label %923

799:                                              ; preds = %796
  %800 = load i32, i32* %5, align 4
  %801 = icmp ne i32 %800, 359
  br i1 %801, label %802, label %923

802:                                              ; preds = %799
  %803 = load i32, i32* %5, align 4
  %804 = icmp ne i32 %803, 360
  br i1 %804, label %805, label %923

805:                                              ; preds = %802
  %806 = load i32, i32* %5, align 4
  %807 = icmp ne i32 %806, 361
  br i1 %807, label %808, label %923

808:                                              ; preds = %805
  %809 = load i32, i32* %5, align 4
  %810 = icmp ne i32 %809, 362
  br i1 %810, label %811, label %923

811:                                              ; preds = %808
  %812 = load i32, i32* %5, align 4
  %813 = icmp ne i32 %812, 363
  br i1 %813, label %814, label %923

814:                                              ; preds = %811
  %815 = load i32, i32* %5, align 4
  %816 = icmp ne i32 %815, 364
  br i1 %816, label %817, label %923

817:                                              ; preds = %814
  %818 = load i32, i32* %5, align 4
  %819 = icmp ne i32 %818, 365
  br i1 %819, label %820, label %923

820:                                              ; preds = %817
  %821 = load i32, i32* %5, align 4
  %822 = icmp ne i32 %821, 366
  br i1 %822, label %823, label %923

823:                                              ; preds = %820
  %824 = load i32, i32* %5, align 4
  %825 = icmp ne i32 %824, 367
  br i1 %825, label %826, label %923

826:                                              ; preds = %823
  %827 = load i32, i32* %5, align 4
  %828 = icmp ne i32 %827, 368
  br i1 %828, label %829, label %923

829:                                              ; preds = %826
  %830 = load i32, i32* %5, align 4
  %831 = icmp ne i32 %830, 369
  br i1 %831, label %832, label %923

832:                                              ; preds = %829
  %833 = load i32, i32* %5, align 4
  %834 = icmp ne i32 %833, 370
  br i1 %834, label %835, label %923

835:                                              ; preds = %832
  %836 = load i32, i32* %5, align 4
  %837 = icmp ne i32 %836, 371
  br i1 %837, label %838, label %923

838:                                              ; preds = %835
  %839 = load i32, i32* %5, align 4
  %840 = icmp ne i32 %839, 372
  br i1 %840, label %841, label %923

841:                                              ; preds = %838
  %842 = load i32, i32* %5, align 4
  %843 = icmp ne i32 %842, 373
  br i1 %843, label %844, label %923

844:                                              ; preds = %841
  %845 = load i32, i32* %5, align 4
  %846 = icmp ne i32 %845, 374
  br i1 %846, label %847, label %923

847:                                              ; preds = %844
  %848 = load i32, i32* %5, align 4
  %849 = icmp ne i32 %848, 375
  br i1 %849, label %850, label %923

850:                                              ; preds = %847
  %851 = load i32, i32* %5, align 4
  %852 = icmp ne i32 %851, 376
  br i1 %852, label %853, label %923

853:                                              ; preds = %850
  %854 = load i32, i32* %5, align 4
  %855 = icmp ne i32 %854, 377
  br i1 %855, label %856, label %923

856:                                              ; preds = %853
  %857 = load i32, i32* %5, align 4
  %858 = icmp ne i32 %857, 378
  br i1 %858, label %859, label %923

859:                                              ; preds = %856
  %860 = load i32, i32* %5, align 4
  %861 = icmp ne i32 %860, 379
  br i1 %861, label %862, label %923

862:                                              ; preds = %859
  %863 = load i32, i32* %5, align 4
  %864 = icmp ne i32 %863, 380
  br i1 %864, label %865, label %923

865:                                              ; preds = %862
  %866 = load i32, i32* %5, align 4
  %867 = icmp ne i32 %866, 381
  br i1 %867, label %868, label %923

868:                                              ; preds = %865
  %869 = load i32, i32* %5, align 4
  %870 = icmp ne i32 %869, 382
  br i1 %870, label %871, label %923

871:                                              ; preds = %868
  %872 = load i32, i32* %5, align 4
  %873 = icmp ne i32 %872, 383
  br i1 %873, label %874, label %923

874:                                              ; preds = %871
  %875 = load i32, i32* %5, align 4
  %876 = icmp ne i32 %875, 384
  br i1 %876, label %877, label %923

877:                                              ; preds = %874
  %878 = load i32, i32* %5, align 4
  %879 = icmp ne i32 %878, 385
  br i1 %879, label %880, label %923

880:                                              ; preds = %877
  %881 = load i32, i32* %5, align 4
  %882 = icmp ne i32 %881, 386
  br i1 %882, label %883, label %923

883:                                              ; preds = %880
  %884 = load i32, i32* %5, align 4
  %885 = icmp ne i32 %884, 387
  br i1 %885, label %886, label %923

886:                                              ; preds = %883
  %887 = load i32, i32* %5, align 4
  %888 = icmp ne i32 %887, 388
  br i1 %888, label %889, label %923

889:                                              ; preds = %886
  %890 = load i32, i32* %5, align 4
  %891 = icmp ne i32 %890, 389
  br i1 %891, label %892, label %923

892:                                              ; preds = %889
  %893 = load i32, i32* %5, align 4
  %894 = icmp ne i32 %893, 390
  br i1 %894, label %895, label %923

895:                                              ; preds = %892
  %896 = load i32, i32* %5, align 4
  %897 = icmp ne i32 %896, 391
  br i1 %897, label %898, label %923

898:                                              ; preds = %895
  %899 = load i32, i32* %5, align 4
  %900 = icmp ne i32 %899, 392
  br i1 %900, label %901, label %923

901:                                              ; preds = %898
  %902 = load i32, i32* %5, align 4
  %903 = icmp ne i32 %902, 393
  br i1 %903, label %904, label %923

904:                                              ; preds = %901
  %905 = load i32, i32* %5, align 4
  %906 = icmp ne i32 %905, 394
  br i1 %906, label %907, label %923

907:                                              ; preds = %904
  %908 = load i32, i32* %5, align 4
  %909 = icmp ne i32 %908, 395
  br i1 %909, label %910, label %923

910:                                              ; preds = %907
  %911 = load i32, i32* %5, align 4
  %912 = icmp ne i32 %911, 396
  br i1 %912, label %913, label %923

913:                                              ; preds = %910
  %914 = load i32, i32* %5, align 4
  %915 = icmp ne i32 %914, 397
  br i1 %915, label %916, label %923

916:                                              ; preds = %913
  %917 = load i32, i32* %5, align 4
  %918 = icmp ne i32 %917, 398
  br i1 %918, label %919, label %923

919:                                              ; preds = %916
  %920 = load i32, i32* %5, align 4
  %921 = icmp ne i32 %920, 399
  br i1 %921, label %922, label %923

922:                                              ; preds = %919
  store i32 1, i32* %6, align 4
  br label %923

923:                                              ; preds = %922, %919, %916, %913, %910, %907, %904, %901, %898, %895, %892, %889, %886, %883, %880, %877, %874, %871, %868, %865, %862, %859, %856, %853, %850, %847, %844, %841, %838, %835, %832, %829, %826, %823, %820, %817, %814, %811, %808, %805, %802, %799, %796, %793, %790, %787, %784, %781, %778, %775, %772, %769, %766, %763, %760, %757, %754, %751, %748, %745, %742, %739, %736, %733, %730, %727, %724, %721, %718, %715, %712, %709, %706, %703, %700, %697, %694, %691, %688, %685, %682, %679, %676, %673, %670, %667, %664, %661, %658, %655, %652, %649, %646, %643, %640, %637, %634, %631, %628, %625, %622, %619, %616, %613, %610, %607, %604, %601, %598, %595, %592, %589, %586, %583, %580, %577, %574, %571, %568, %565, %562, %559, %556, %553, %550, %547, %544, %541, %538, %535, %532, %529, %526, %523, %520, %517, %514, %511, %508, %505, %502, %499, %496, %493, %490, %487, %484, %481, %478, %475, %472, %469, %466, %463, %460, %457, %454, %451, %448, %445, %442, %439, %436, %433, %430, %427, %424, %421, %418, %415, %412, %409, %406, %403, %400, %397, %394, %391, %388, %385, %382, %379, %376, %373, %370, %367, %364, %361, %358, %355, %352, %349, %346, %343, %340, %337, %334, %331, %328, %325, %322, %319, %316, %313, %310, %307, %304, %301, %298, %295, %292, %289, %286, %283, %280, %277, %274, %271, %268, %265, %262, %259, %256, %253, %250, %247, %244, %241, %238, %235, %232, %229, %226, %223, %220, %217, %214, %211, %208, %205, %202, %199, %196, %193, %190, %187, %184, %181, %178, %175, %172, %169, %166, %163, %160, %157, %154, %151, %148, %145, %142, %139, %136, %133, %130, %127, %124, %121, %118, %115, %112, %109, %106, %103, %100, %97, %94, %91, %88, %85, %82, %79, %76, %73, %70, %67, %64, %61, %58, %55, %52, %49, %46, %43, %40, %37, %34, %31, %28, %25, %21
  %924 = load i32, i32* %6, align 4
  call void @putint(i32 noundef %924)
  call void @putch(i32 noundef 10)
  store i32 0, i32* %7, align 4
  %925 = load i32, i32* %7, align 4
  %926 = add nsw i32 %925, 0
  store i32 %926, i32* %7, align 4
  %927 = load i32, i32* %7, align 4
  %928 = add nsw i32 %927, 1
  store i32 %928, i32* %7, align 4
  %929 = load i32, i32* %7, align 4
  %930 = add nsw i32 %929, 2
  store i32 %930, i32* %7, align 4
  %931 = load i32, i32* %7, align 4
  %932 = add nsw i32 %931, 3
  store i32 %932, i32* %7, align 4
  %933 = load i32, i32* %7, align 4
  %934 = add nsw i32 %933, 4
  store i32 %934, i32* %7, align 4
  %935 = load i32, i32* %7, align 4
  %936 = add nsw i32 %935, 5
  store i32 %936, i32* %7, align 4
  %937 = load i32, i32* %7, align 4
  %938 = add nsw i32 %937, 6
  store i32 %938, i32* %7, align 4
  %939 = load i32, i32* %7, align 4
  %940 = add nsw i32 %939, 0
  store i32 %940, i32* %7, align 4
  %941 = load i32, i32* %7, align 4
  %942 = add nsw i32 %941, 1
  store i32 %942, i32* %7, align 4
  %943 = load i32, i32* %7, align 4
  %944 = add nsw i32 %943, 2
  store i32 %944, i32* %7, align 4
  %945 = load i32, i32* %7, align 4
  %946 = add nsw i32 %945, 3
  store i32 %946, i32* %7, align 4
  %947 = load i32, i32* %7, align 4
  %948 = add nsw i32 %947, 4
  store i32 %948, i32* %7, align 4
  %949 = load i32, i32* %7, align 4
  %950 = add nsw i32 %949, 5
  store i32 %950, i32* %7, align 4
  %951 = load i32, i32* %7, align 4
  %952 = add nsw i32 %951, 6
  store i32 %952, i32* %7, align 4
  %953 = load i32, i32* %7, align 4
  %954 = add nsw i32 %953, 0
  store i32 %954, i32* %7, align 4
  %955 = load i32, i32* %7, align 4
  %956 = add nsw i32 %955, 1
  store i32 %956, i32* %7, align 4
  %957 = load i32, i32* %7, align 4
  %958 = add nsw i32 %957, 2
  store i32 %958, i32* %7, align 4
  %959 = load i32, i32* %7, align 4
  %960 = add nsw i32 %959, 3
  store i32 %960, i32* %7, align 4
  %961 = load i32, i32* %7, align 4
  %962 = add nsw i32 %961, 4
  store i32 %962, i32* %7, align 4
  %963 = load i32, i32* %7, align 4
  %964 = add nsw i32 %963, 5
  store i32 %964, i32* %7, align 4
  %965 = load i32, i32* %7, align 4
  %966 = add nsw i32 %965, 6
  store i32 %966, i32* %7, align 4
  %967 = load i32, i32* %7, align 4
  %968 = add nsw i32 %967, 0
  store i32 %968, i32* %7, align 4
  %969 = load i32, i32* %7, align 4
  %970 = add nsw i32 %969, 1
  store i32 %970, i32* %7, align 4
  %971 = load i32, i32* %7, align 4
  %972 = add nsw i32 %971, 2
  store i32 %972, i32* %7, align 4
  %973 = load i32, i32* %7, align 4
  %974 = add nsw i32 %973, 3
  store i32 %974, i32* %7, align 4
  %975 = load i32, i32* %7, align 4
  %976 = add nsw i32 %975, 4
  store i32 %976, i32* %7, align 4
  %977 = load i32, i32* %7, align 4
  %978 = add nsw i32 %977, 5
  store i32 %978, i32* %7, align 4
  %979 = load i32, i32* %7, align 4
  %980 = add nsw i32 %979, 6
  store i32 %980, i32* %7, align 4
  %981 = load i32, i32* %7, align 4
  %982 = add nsw i32 %981, 0
  store i32 %982, i32* %7, align 4
  %983 = load i32, i32* %7, align 4
  %984 = add nsw i32 %983, 1
  store i32 %984, i32* %7, align 4
  %985 = load i32, i32* %7, align 4
  %986 = add nsw i32 %985, 2
  store i32 %986, i32* %7, align 4
  %987 = load i32, i32* %7, align 4
  %988 = add nsw i32 %987, 3
  store i32 %988, i32* %7, align 4
  %989 = load i32, i32* %7, align 4
  %990 = add nsw i32 %989, 4
  store i32 %990, i32* %7, align 4
  %991 = load i32, i32* %7, align 4
  %992 = add nsw i32 %991, 5
  store i32 %992, i32* %7, align 4
  %993 = load i32, i32* %7, align 4
  %994 = add nsw i32 %993, 6
  store i32 %994, i32* %7, align 4
  %995 = load i32, i32* %7, align 4
  %996 = add nsw i32 %995, 0
  store i32 %996, i32* %7, align 4
  %997 = load i32, i32* %7, align 4
  %998 = add nsw i32 %997, 1
  store i32 %998, i32* %7, align 4
  %999 = load i32, i32* %7, align 4
  %1000 = add nsw i32 %999, 2
  store i32 %1000, i32* %7, align 4
  %1001 = load i32, i32* %7, align 4
  %1002 = add nsw i32 %1001, 3
  store i32 %1002, i32* %7, align 4
  %1003 = load i32, i32* %7, align 4
  %1004 = add nsw i32 %1003, 4
  store i32 %1004, i32* %7, align 4
  %1005 = load i32, i32* %7, align 4
  %1006 = add nsw i32 %1005, 5
  store i32 %1006, i32* %7, align 4
  %1007 = load i32, i32* %7, align 4
  %1008 = add nsw i32 %1007, 6
  store i32 %1008, i32* %7, align 4
  %1009 = load i32, i32* %7, align 4
  %1010 = add nsw i32 %1009, 0
  store i32 %1010, i32* %7, align 4
  %1011 = load i32, i32* %7, align 4
  %1012 = add nsw i32 %1011, 1
  store i32 %1012, i32* %7, align 4
  %1013 = load i32, i32* %7, align 4
  %1014 = add nsw i32 %1013, 2
  store i32 %1014, i32* %7, align 4
  %1015 = load i32, i32* %7, align 4
  %1016 = add nsw i32 %1015, 3
  store i32 %1016, i32* %7, align 4
  %1017 = load i32, i32* %7, align 4
  %1018 = add nsw i32 %1017, 4
  store i32 %1018, i32* %7, align 4
  %1019 = load i32, i32* %7, align 4
  %1020 = add nsw i32 %1019, 5
  store i32 %1020, i32* %7, align 4
  %1021 = load i32, i32* %7, align 4
  %1022 = add nsw i32 %1021, 6
  store i32 %1022, i32* %7, align 4
  %1023 = load i32, i32* %7, align 4
  %1024 = add nsw i32 %1023, 0
  store i32 %1024, i32* %7, align 4
  %1025 = load i32, i32* %7, align 4
  %1026 = add nsw i32 %1025, 1
  store i32 %1026, i32* %7, align 4
  %1027 = load i32, i32* %7, align 4
  %1028 = add nsw i32 %1027, 2
  store i32 %1028, i32* %7, align 4
  %1029 = load i32, i32* %7, align 4
  %1030 = add nsw i32 %1029, 3
  store i32 %1030, i32* %7, align 4
  %1031 = load i32, i32* %7, align 4
  %1032 = add nsw i32 %1031, 4
  store i32 %1032, i32* %7, align 4
  %1033 = load i32, i32* %7, align 4
  %1034 = add nsw i32 %1033, 5
  store i32 %1034, i32* %7, align 4
  %1035 = load i32, i32* %7, align 4
  %1036 = add nsw i32 %1035, 6
  store i32 %1036, i32* %7, align 4
  %1037 = load i32, i32* %7, align 4
  %1038 = add nsw i32 %1037, 0
  store i32 %1038, i32* %7, align 4
  %1039 = load i32, i32* %7, align 4
  %1040 = add nsw i32 %1039, 1
  store i32 %1040, i32* %7, align 4
  %1041 = load i32, i32* %7, align 4
  %1042 = add nsw i32 %1041, 2
  store i32 %1042, i32* %7, align 4
  %1043 = load i32, i32* %7, align 4
  %1044 = add nsw i32 %1043, 3
  store i32 %1044, i32* %7, align 4
  %1045 = load i32, i32* %7, align 4
  %1046 = add nsw i32 %1045, 4
  store i32 %1046, i32* %7, align 4
  %1047 = load i32, i32* %7, align 4
  %1048 = add nsw i32 %1047, 5
  store i32 %1048, i32* %7, align 4
  %1049 = load i32, i32* %7, align 4
  %1050 = add nsw i32 %1049, 6
  store i32 %1050, i32* %7, align 4
  %1051 = load i32, i32* %7, align 4
  %1052 = add nsw i32 %1051, 0
  store i32 %1052, i32* %7, align 4
  %1053 = load i32, i32* %7, align 4
  %1054 = add nsw i32 %1053, 1
  store i32 %1054, i32* %7, align 4
  %1055 = load i32, i32* %7, align 4
  %1056 = add nsw i32 %1055, 2
  store i32 %1056, i32* %7, align 4
  %1057 = load i32, i32* %7, align 4
  %1058 = add nsw i32 %1057, 3
  store i32 %1058, i32* %7, align 4
  %1059 = load i32, i32* %7, align 4
  %1060 = add nsw i32 %1059, 4
  store i32 %1060, i32* %7, align 4
  %1061 = load i32, i32* %7, align 4
  %1062 = add nsw i32 %1061, 5
  store i32 %1062, i32* %7, align 4
  %1063 = load i32, i32* %7, align 4
  %1064 = add nsw i32 %1063, 6
  store i32 %1064, i32* %7, align 4
  %1065 = load i32, i32* %7, align 4
  %1066 = add nsw i32 %1065, 0
  store i32 %1066, i32* %7, align 4
  %1067 = load i32, i32* %7, align 4
  %1068 = add nsw i32 %1067, 1
  store i32 %1068, i32* %7, align 4
  %1069 = load i32, i32* %7, align 4
  %1070 = add nsw i32 %1069, 2
  store i32 %1070, i32* %7, align 4
  %1071 = load i32, i32* %7, align 4
  %1072 = add nsw i32 %1071, 3
  store i32 %1072, i32* %7, align 4
  %1073 = load i32, i32* %7, align 4
  %1074 = add nsw i32 %1073, 4
  store i32 %1074, i32* %7, align 4
  %1075 = load i32, i32* %7, align 4
  %1076 = add nsw i32 %1075, 5
  store i32 %1076, i32* %7, align 4
  %1077 = load i32, i32* %7, align 4
  %1078 = add nsw i32 %1077, 6
  store i32 %1078, i32* %7, align 4
  %1079 = load i32, i32* %7, align 4
  %1080 = add nsw i32 %1079, 0
  store i32 %1080, i32* %7, align 4
  %1081 = load i32, i32* %7, align 4
  %1082 = add nsw i32 %1081, 1
  store i32 %1082, i32* %7, align 4
  %1083 = load i32, i32* %7, align 4
  %1084 = add nsw i32 %1083, 2
  store i32 %1084, i32* %7, align 4
  %1085 = load i32, i32* %7, align 4
  %1086 = add nsw i32 %1085, 3
  store i32 %1086, i32* %7, align 4
  %1087 = load i32, i32* %7, align 4
  %1088 = add nsw i32 %1087, 4
  store i32 %1088, i32* %7, align 4
  %1089 = load i32, i32* %7, align 4
  %1090 = add nsw i32 %1089, 5
  store i32 %1090, i32* %7, align 4
  %1091 = load i32, i32* %7, align 4
  %1092 = add nsw i32 %1091, 6
  store i32 %1092, i32* %7, align 4
  %1093 = load i32, i32* %7, align 4
  %1094 = add nsw i32 %1093, 0
  store i32 %1094, i32* %7, align 4
  %1095 = load i32, i32* %7, align 4
  %1096 = add nsw i32 %1095, 1
  store i32 %1096, i32* %7, align 4
  %1097 = load i32, i32* %7, align 4
  %1098 = add nsw i32 %1097, 2
  store i32 %1098, i32* %7, align 4
  %1099 = load i32, i32* %7, align 4
  %1100 = add nsw i32 %1099, 3
  store i32 %1100, i32* %7, align 4
  %1101 = load i32, i32* %7, align 4
  %1102 = add nsw i32 %1101, 4
  store i32 %1102, i32* %7, align 4
  %1103 = load i32, i32* %7, align 4
  %1104 = add nsw i32 %1103, 5
  store i32 %1104, i32* %7, align 4
  %1105 = load i32, i32* %7, align 4
  %1106 = add nsw i32 %1105, 6
  store i32 %1106, i32* %7, align 4
  %1107 = load i32, i32* %7, align 4
  %1108 = add nsw i32 %1107, 0
  store i32 %1108, i32* %7, align 4
  %1109 = load i32, i32* %7, align 4
  %1110 = add nsw i32 %1109, 1
  store i32 %1110, i32* %7, align 4
  %1111 = load i32, i32* %7, align 4
  %1112 = add nsw i32 %1111, 2
  store i32 %1112, i32* %7, align 4
  %1113 = load i32, i32* %7, align 4
  %1114 = add nsw i32 %1113, 3
  store i32 %1114, i32* %7, align 4
  %1115 = load i32, i32* %7, align 4
  %1116 = add nsw i32 %1115, 4
  store i32 %1116, i32* %7, align 4
  %1117 = load i32, i32* %7, align 4
  %1118 = add nsw i32 %1117, 5
  store i32 %1118, i32* %7, align 4
  %1119 = load i32, i32* %7, align 4
  %1120 = add nsw i32 %1119, 6
  store i32 %1120, i32* %7, align 4
  %1121 = load i32, i32* %7, align 4
  %1122 = add nsw i32 %1121, 0
  store i32 %1122, i32* %7, align 4
  %1123 = load i32, i32* %7, align 4
  %1124 = add nsw i32 %1123, 1
  store i32 %1124, i32* %7, align 4
  %1125 = load i32, i32* %7, align 4
  %1126 = add nsw i32 %1125, 2
  store i32 %1126, i32* %7, align 4
  %1127 = load i32, i32* %7, align 4
  %1128 = add nsw i32 %1127, 3
  store i32 %1128, i32* %7, align 4
  %1129 = load i32, i32* %7, align 4
  %1130 = add nsw i32 %1129, 4
  store i32 %1130, i32* %7, align 4
  %1131 = load i32, i32* %7, align 4
  %1132 = add nsw i32 %1131, 5
  store i32 %1132, i32* %7, align 4
  %1133 = load i32, i32* %7, align 4
  %1134 = add nsw i32 %1133, 6
  store i32 %1134, i32* %7, align 4
  %1135 = load i32, i32* %7, align 4
  %1136 = add nsw i32 %1135, 0
  store i32 %1136, i32* %7, align 4
  %1137 = load i32, i32* %7, align 4
  %1138 = add nsw i32 %1137, 1
  store i32 %1138, i32* %7, align 4
  %1139 = load i32, i32* %7, align 4
  %1140 = add nsw i32 %1139, 2
  store i32 %1140, i32* %7, align 4
  %1141 = load i32, i32* %7, align 4
  %1142 = add nsw i32 %1141, 3
  store i32 %1142, i32* %7, align 4
  %1143 = load i32, i32* %7, align 4
  %1144 = add nsw i32 %1143, 4
  store i32 %1144, i32* %7, align 4
  %1145 = load i32, i32* %7, align 4
  %1146 = add nsw i32 %1145, 5
  store i32 %1146, i32* %7, align 4
  %1147 = load i32, i32* %7, align 4
  %1148 = add nsw i32 %1147, 6
  store i32 %1148, i32* %7, align 4
  %1149 = load i32, i32* %7, align 4
  %1150 = add nsw i32 %1149, 0
  store i32 %1150, i32* %7, align 4
  %1151 = load i32, i32* %7, align 4
  %1152 = add nsw i32 %1151, 1
  store i32 %1152, i32* %7, align 4
  %1153 = load i32, i32* %7, align 4
  %1154 = add nsw i32 %1153, 2
  store i32 %1154, i32* %7, align 4
  %1155 = load i32, i32* %7, align 4
  %1156 = add nsw i32 %1155, 3
  store i32 %1156, i32* %7, align 4
  %1157 = load i32, i32* %7, align 4
  %1158 = add nsw i32 %1157, 4
  store i32 %1158, i32* %7, align 4
  %1159 = load i32, i32* %7, align 4
  %1160 = add nsw i32 %1159, 5
  store i32 %1160, i32* %7, align 4
  %1161 = load i32, i32* %7, align 4
  %1162 = add nsw i32 %1161, 6
  store i32 %1162, i32* %7, align 4
  %1163 = load i32, i32* %7, align 4
  %1164 = add nsw i32 %1163, 0
  store i32 %1164, i32* %7, align 4
  %1165 = load i32, i32* %7, align 4
  %1166 = add nsw i32 %1165, 1
  store i32 %1166, i32* %7, align 4
  %1167 = load i32, i32* %7, align 4
  %1168 = add nsw i32 %1167, 2
  store i32 %1168, i32* %7, align 4
  %1169 = load i32, i32* %7, align 4
  %1170 = add nsw i32 %1169, 3
  store i32 %1170, i32* %7, align 4
  %1171 = load i32, i32* %7, align 4
  %1172 = add nsw i32 %1171, 4
  store i32 %1172, i32* %7, align 4
  %1173 = load i32, i32* %7, align 4
  %1174 = add nsw i32 %1173, 5
  store i32 %1174, i32* %7, align 4
  %1175 = load i32, i32* %7, align 4
  %1176 = add nsw i32 %1175, 6
  store i32 %1176, i32* %7, align 4
  %1177 = load i32, i32* %7, align 4
  %1178 = add nsw i32 %1177, 0
  store i32 %1178, i32* %7, align 4
  %1179 = load i32, i32* %7, align 4
  %1180 = add nsw i32 %1179, 1
  store i32 %1180, i32* %7, align 4
  %1181 = load i32, i32* %7, align 4
  %1182 = add nsw i32 %1181, 2
  store i32 %1182, i32* %7, align 4
  %1183 = load i32, i32* %7, align 4
  %1184 = add nsw i32 %1183, 3
  store i32 %1184, i32* %7, align 4
  %1185 = load i32, i32* %7, align 4
  %1186 = add nsw i32 %1185, 4
  store i32 %1186, i32* %7, align 4
  %1187 = load i32, i32* %7, align 4
  %1188 = add nsw i32 %1187, 5
  store i32 %1188, i32* %7, align 4
  %1189 = load i32, i32* %7, align 4
  %1190 = add nsw i32 %1189, 6
  store i32 %1190, i32* %7, align 4
  %1191 = load i32, i32* %7, align 4
  %1192 = add nsw i32 %1191, 0
  store i32 %1192, i32* %7, align 4
  %1193 = load i32, i32* %7, align 4
  %1194 = add nsw i32 %1193, 1
  store i32 %1194, i32* %7, align 4
  %1195 = load i32, i32* %7, align 4
  %1196 = add nsw i32 %1195, 2
  store i32 %1196, i32* %7, align 4
  %1197 = load i32, i32* %7, align 4
  %1198 = add nsw i32 %1197, 3
  store i32 %1198, i32* %7, align 4
  %1199 = load i32, i32* %7, align 4
  %1200 = add nsw i32 %1199, 4
  store i32 %1200, i32* %7, align 4
  %1201 = load i32, i32* %7, align 4
  %1202 = add nsw i32 %1201, 5
  store i32 %1202, i32* %7, align 4
  %1203 = load i32, i32* %7, align 4
  %1204 = add nsw i32 %1203, 6
  store i32 %1204, i32* %7, align 4
  %1205 = load i32, i32* %7, align 4
  %1206 = add nsw i32 %1205, 0
  store i32 %1206, i32* %7, align 4
  %1207 = load i32, i32* %7, align 4
  %1208 = add nsw i32 %1207, 1
  store i32 %1208, i32* %7, align 4
  %1209 = load i32, i32* %7, align 4
  %1210 = add nsw i32 %1209, 2
  store i32 %1210, i32* %7, align 4
  %1211 = load i32, i32* %7, align 4
  %1212 = add nsw i32 %1211, 3
  store i32 %1212, i32* %7, align 4
  %1213 = load i32, i32* %7, align 4
  %1214 = add nsw i32 %1213, 4
  store i32 %1214, i32* %7, align 4
  %1215 = load i32, i32* %7, align 4
  %1216 = add nsw i32 %1215, 5
  store i32 %1216, i32* %7, align 4
  %1217 = load i32, i32* %7, align 4
  %1218 = add nsw i32 %1217, 6
  store i32 %1218, i32* %7, align 4
  %1219 = load i32, i32* %7, align 4
  %1220 = add nsw i32 %1219, 0
  store i32 %1220, i32* %7, align 4
  %1221 = load i32, i32* %7, align 4
  %1222 = add nsw i32 %1221, 1
  store i32 %1222, i32* %7, align 4
  %1223 = load i32, i32* %7, align 4
  %1224 = add nsw i32 %1223, 2
  store i32 %1224, i32* %7, align 4
  %1225 = load i32, i32* %7, align 4
  %1226 = add nsw i32 %1225, 3
  store i32 %1226, i32* %7, align 4
  %1227 = load i32, i32* %7, align 4
  %1228 = add nsw i32 %1227, 4
  store i32 %1228, i32* %7, align 4
  %1229 = load i32, i32* %7, align 4
  %1230 = add nsw i32 %1229, 5
  store i32 %1230, i32* %7, align 4
  %1231 = load i32, i32* %7, align 4
  %1232 = add nsw i32 %1231, 6
  store i32 %1232, i32* %7, align 4
  %1233 = load i32, i32* %7, align 4
  %1234 = add nsw i32 %1233, 0
  store i32 %1234, i32* %7, align 4
  %1235 = load i32, i32* %7, align 4
  %1236 = add nsw i32 %1235, 1
  store i32 %1236, i32* %7, align 4
  %1237 = load i32, i32* %7, align 4
  %1238 = add nsw i32 %1237, 2
  store i32 %1238, i32* %7, align 4
  %1239 = load i32, i32* %7, align 4
  %1240 = add nsw i32 %1239, 3
  store i32 %1240, i32* %7, align 4
  %1241 = load i32, i32* %7, align 4
  %1242 = add nsw i32 %1241, 4
  store i32 %1242, i32* %7, align 4
  %1243 = load i32, i32* %7, align 4
  %1244 = add nsw i32 %1243, 5
  store i32 %1244, i32* %7, align 4
  %1245 = load i32, i32* %7, align 4
  %1246 = add nsw i32 %1245, 6
  store i32 %1246, i32* %7, align 4
  %1247 = load i32, i32* %7, align 4
  %1248 = add nsw i32 %1247, 0
  store i32 %1248, i32* %7, align 4
  %1249 = load i32, i32* %7, align 4
  %1250 = add nsw i32 %1249, 1
  store i32 %1250, i32* %7, align 4
  %1251 = load i32, i32* %7, align 4
  %1252 = add nsw i32 %1251, 2
  store i32 %1252, i32* %7, align 4
  %1253 = load i32, i32* %7, align 4
  %1254 = add nsw i32 %1253, 3
  store i32 %1254, i32* %7, align 4
  %1255 = load i32, i32* %7, align 4
  %1256 = add nsw i32 %1255, 4
  store i32 %1256, i32* %7, align 4
  %1257 = load i32, i32* %7, align 4
  %1258 = add nsw i32 %1257, 5
  store i32 %1258, i32* %7, align 4
  %1259 = load i32, i32* %7, align 4
  %1260 = add nsw i32 %1259, 6
  store i32 %1260, i32* %7, align 4
  %1261 = load i32, i32* %7, align 4
  %1262 = add nsw i32 %1261, 0
  store i32 %1262, i32* %7, align 4
  %1263 = load i32, i32* %7, align 4
  %1264 = add nsw i32 %1263, 1
  store i32 %1264, i32* %7, align 4
  %1265 = load i32, i32* %7, align 4
  %1266 = add nsw i32 %1265, 2
  store i32 %1266, i32* %7, align 4
  %1267 = load i32, i32* %7, align 4
  %1268 = add nsw i32 %1267, 3
  store i32 %1268, i32* %7, align 4
  %1269 = load i32, i32* %7, align 4
  %1270 = add nsw i32 %1269, 4
  store i32 %1270, i32* %7, align 4
  %1271 = load i32, i32* %7, align 4
  %1272 = add nsw i32 %1271, 5
  store i32 %1272, i32* %7, align 4
  %1273 = load i32, i32* %7, align 4
  %1274 = add nsw i32 %1273, 6
  store i32 %1274, i32* %7, align 4
  %1275 = load i32, i32* %7, align 4
  %1276 = add nsw i32 %1275, 0
  store i32 %1276, i32* %7, align 4
  %1277 = load i32, i32* %7, align 4
  %1278 = add nsw i32 %1277, 1
  store i32 %1278, i32* %7, align 4
  %1279 = load i32, i32* %7, align 4
  %1280 = add nsw i32 %1279, 2
  store i32 %1280, i32* %7, align 4
  %1281 = load i32, i32* %7, align 4
  %1282 = add nsw i32 %1281, 3
  store i32 %1282, i32* %7, align 4
  %1283 = load i32, i32* %7, align 4
  %1284 = add nsw i32 %1283, 4
  store i32 %1284, i32* %7, align 4
  %1285 = load i32, i32* %7, align 4
  %1286 = add nsw i32 %1285, 5
  store i32 %1286, i32* %7, align 4
  %1287 = load i32, i32* %7, align 4
  %1288 = add nsw i32 %1287, 6
  store i32 %1288, i32* %7, align 4
  %1289 = load i32, i32* %7, align 4
  %1290 = add nsw i32 %1289, 0
  store i32 %1290, i32* %7, align 4
  %1291 = load i32, i32* %7, align 4
  %1292 = add nsw i32 %1291, 1
  store i32 %1292, i32* %7, align 4
  %1293 = load i32, i32* %7, align 4
  %1294 = add nsw i32 %1293, 2
  store i32 %1294, i32* %7, align 4
  %1295 = load i32, i32* %7, align 4
  %1296 = add nsw i32 %1295, 3
  store i32 %1296, i32* %7, align 4
  %1297 = load i32, i32* %7, align 4
  %1298 = add nsw i32 %1297, 4
  store i32 %1298, i32* %7, align 4
  %1299 = load i32, i32* %7, align 4
  %1300 = add nsw i32 %1299, 5
  store i32 %1300, i32* %7, align 4
  %1301 = load i32, i32* %7, align 4
  %1302 = add nsw i32 %1301, 6
  store i32 %1302, i32* %7, align 4
  %1303 = load i32, i32* %7, align 4
  %1304 = add nsw i32 %1303, 0
  store i32 %1304, i32* %7, align 4
  %1305 = load i32, i32* %7, align 4
  %1306 = add nsw i32 %1305, 1
  store i32 %1306, i32* %7, align 4
  %1307 = load i32, i32* %7, align 4
  %1308 = add nsw i32 %1307, 2
  store i32 %1308, i32* %7, align 4
  %1309 = load i32, i32* %7, align 4
  %1310 = add nsw i32 %1309, 3
  store i32 %1310, i32* %7, align 4
  %1311 = load i32, i32* %7, align 4
  %1312 = add nsw i32 %1311, 4
  store i32 %1312, i32* %7, align 4
  %1313 = load i32, i32* %7, align 4
  %1314 = add nsw i32 %1313, 5
  store i32 %1314, i32* %7, align 4
  %1315 = load i32, i32* %7, align 4
  %1316 = add nsw i32 %1315, 6
  store i32 %1316, i32* %7, align 4
  %1317 = load i32, i32* %7, align 4
  %1318 = add nsw i32 %1317, 0
  store i32 %1318, i32* %7, align 4
  %1319 = load i32, i32* %7, align 4
  %1320 = add nsw i32 %1319, 1
  store i32 %1320, i32* %7, align 4
  %1321 = load i32, i32* %7, align 4
  %1322 = add nsw i32 %1321, 2
  store i32 %1322, i32* %7, align 4
  %1323 = load i32, i32* %7, align 4
  %1324 = add nsw i32 %1323, 3
  store i32 %1324, i32* %7, align 4
  %1325 = load i32, i32* %7, align 4
  %1326 = add nsw i32 %1325, 4
  store i32 %1326, i32* %7, align 4
  %1327 = load i32, i32* %7, align 4
  %1328 = add nsw i32 %1327, 5
  store i32 %1328, i32* %7, align 4
  %1329 = load i32, i32* %7, align 4
  %1330 = add nsw i32 %1329, 6
  store i32 %1330, i32* %7, align 4
  %1331 = load i32, i32* %7, align 4
  %1332 = add nsw i32 %1331, 0
  store i32 %1332, i32* %7, align 4
  %1333 = load i32, i32* %7, align 4
  %1334 = add nsw i32 %1333, 1
  store i32 %1334, i32* %7, align 4
  %1335 = load i32, i32* %7, align 4
  %1336 = add nsw i32 %1335, 2
  store i32 %1336, i32* %7, align 4
  %1337 = load i32, i32* %7, align 4
  %1338 = add nsw i32 %1337, 3
  store i32 %1338, i32* %7, align 4
  %1339 = load i32, i32* %7, align 4
  %1340 = add nsw i32 %1339, 4
  store i32 %1340, i32* %7, align 4
  %1341 = load i32, i32* %7, align 4
  %1342 = add nsw i32 %1341, 5
  store i32 %1342, i32* %7, align 4
  %1343 = load i32, i32* %7, align 4
  %1344 = add nsw i32 %1343, 6
  store i32 %1344, i32* %7, align 4
  %1345 = load i32, i32* %7, align 4
  %1346 = add nsw i32 %1345, 0
  store i32 %1346, i32* %7, align 4
  %1347 = load i32, i32* %7, align 4
  %1348 = add nsw i32 %1347, 1
  store i32 %1348, i32* %7, align 4
  %1349 = load i32, i32* %7, align 4
  %1350 = add nsw i32 %1349, 2
  store i32 %1350, i32* %7, align 4
  %1351 = load i32, i32* %7, align 4
  %1352 = add nsw i32 %1351, 3
  store i32 %1352, i32* %7, align 4
  %1353 = load i32, i32* %7, align 4
  %1354 = add nsw i32 %1353, 4
  store i32 %1354, i32* %7, align 4
  %1355 = load i32, i32* %7, align 4
  %1356 = add nsw i32 %1355, 5
  store i32 %1356, i32* %7, align 4
  %1357 = load i32, i32* %7, align 4
  %1358 = add nsw i32 %1357, 6
  store i32 %1358, i32* %7, align 4
  %1359 = load i32, i32* %7, align 4
  %1360 = add nsw i32 %1359, 0
  store i32 %1360, i32* %7, align 4
  %1361 = load i32, i32* %7, align 4
  %1362 = add nsw i32 %1361, 1
  store i32 %1362, i32* %7, align 4
  %1363 = load i32, i32* %7, align 4
  %1364 = add nsw i32 %1363, 2
  store i32 %1364, i32* %7, align 4
  %1365 = load i32, i32* %7, align 4
  %1366 = add nsw i32 %1365, 3
  store i32 %1366, i32* %7, align 4
  %1367 = load i32, i32* %7, align 4
  %1368 = add nsw i32 %1367, 4
  store i32 %1368, i32* %7, align 4
  %1369 = load i32, i32* %7, align 4
  %1370 = add nsw i32 %1369, 5
  store i32 %1370, i32* %7, align 4
  %1371 = load i32, i32* %7, align 4
  %1372 = add nsw i32 %1371, 6
  store i32 %1372, i32* %7, align 4
  %1373 = load i32, i32* %7, align 4
  %1374 = add nsw i32 %1373, 0
  store i32 %1374, i32* %7, align 4
  %1375 = load i32, i32* %7, align 4
  %1376 = add nsw i32 %1375, 1
  store i32 %1376, i32* %7, align 4
  %1377 = load i32, i32* %7, align 4
  %1378 = add nsw i32 %1377, 2
  store i32 %1378, i32* %7, align 4
  %1379 = load i32, i32* %7, align 4
  %1380 = add nsw i32 %1379, 3
  store i32 %1380, i32* %7, align 4
  %1381 = load i32, i32* %7, align 4
  %1382 = add nsw i32 %1381, 4
  store i32 %1382, i32* %7, align 4
  %1383 = load i32, i32* %7, align 4
  %1384 = add nsw i32 %1383, 5
  store i32 %1384, i32* %7, align 4
  %1385 = load i32, i32* %7, align 4
  %1386 = add nsw i32 %1385, 6
  store i32 %1386, i32* %7, align 4
  %1387 = load i32, i32* %7, align 4
  %1388 = add nsw i32 %1387, 0
  store i32 %1388, i32* %7, align 4
  %1389 = load i32, i32* %7, align 4
  %1390 = add nsw i32 %1389, 1
  store i32 %1390, i32* %7, align 4
  %1391 = load i32, i32* %7, align 4
  %1392 = add nsw i32 %1391, 2
  store i32 %1392, i32* %7, align 4
  %1393 = load i32, i32* %7, align 4
  %1394 = add nsw i32 %1393, 3
  store i32 %1394, i32* %7, align 4
  %1395 = load i32, i32* %7, align 4
  %1396 = add nsw i32 %1395, 4
  store i32 %1396, i32* %7, align 4
  %1397 = load i32, i32* %7, align 4
  %1398 = add nsw i32 %1397, 5
  store i32 %1398, i32* %7, align 4
  %1399 = load i32, i32* %7, align 4
  %1400 = add nsw i32 %1399, 6
  store i32 %1400, i32* %7, align 4
  %1401 = load i32, i32* %7, align 4
  %1402 = add nsw i32 %1401, 0
  store i32 %1402, i32* %7, align 4
  %1403 = load i32, i32* %7, align 4
  %1404 = add nsw i32 %1403, 1
  store i32 %1404, i32* %7, align 4
  %1405 = load i32, i32* %7, align 4
  %1406 = add nsw i32 %1405, 2
  store i32 %1406, i32* %7, align 4
  %1407 = load i32, i32* %7, align 4
  %1408 = add nsw i32 %1407, 3
  store i32 %1408, i32* %7, align 4
  %1409 = load i32, i32* %7, align 4
  %1410 = add nsw i32 %1409, 4
  store i32 %1410, i32* %7, align 4
  %1411 = load i32, i32* %7, align 4
  %1412 = add nsw i32 %1411, 5
  store i32 %1412, i32* %7, align 4
  %1413 = load i32, i32* %7, align 4
  %1414 = add nsw i32 %1413, 6
  store i32 %1414, i32* %7, align 4
  %1415 = load i32, i32* %7, align 4
  %1416 = add nsw i32 %1415, 0
  store i32 %1416, i32* %7, align 4
  %1417 = load i32, i32* %7, align 4
  %1418 = add nsw i32 %1417, 1
  store i32 %1418, i32* %7, align 4
  %1419 = load i32, i32* %7, align 4
  %1420 = add nsw i32 %1419, 2
  store i32 %1420, i32* %7, align 4
  %1421 = load i32, i32* %7, align 4
  %1422 = add nsw i32 %1421, 3
  store i32 %1422, i32* %7, align 4
  %1423 = load i32, i32* %7, align 4
  %1424 = add nsw i32 %1423, 4
  store i32 %1424, i32* %7, align 4
  %1425 = load i32, i32* %7, align 4
  %1426 = add nsw i32 %1425, 5
  store i32 %1426, i32* %7, align 4
  %1427 = load i32, i32* %7, align 4
  %1428 = add nsw i32 %1427, 6
  store i32 %1428, i32* %7, align 4
  %1429 = load i32, i32* %7, align 4
  %1430 = add nsw i32 %1429, 0
  store i32 %1430, i32* %7, align 4
  %1431 = load i32, i32* %7, align 4
  %1432 = add nsw i32 %1431, 1
  store i32 %1432, i32* %7, align 4
  %1433 = load i32, i32* %7, align 4
  %1434 = add nsw i32 %1433, 2
  store i32 %1434, i32* %7, align 4
  %1435 = load i32, i32* %7, align 4
  %1436 = add nsw i32 %1435, 3
  store i32 %1436, i32* %7, align 4
  %1437 = load i32, i32* %7, align 4
  %1438 = add nsw i32 %1437, 4
  store i32 %1438, i32* %7, align 4
  %1439 = load i32, i32* %7, align 4
  %1440 = add nsw i32 %1439, 5
  store i32 %1440, i32* %7, align 4
  %1441 = load i32, i32* %7, align 4
  %1442 = add nsw i32 %1441, 6
  store i32 %1442, i32* %7, align 4
  %1443 = load i32, i32* %7, align 4
  %1444 = add nsw i32 %1443, 0
  store i32 %1444, i32* %7, align 4
  %1445 = load i32, i32* %7, align 4
  %1446 = add nsw i32 %1445, 1
  store i32 %1446, i32* %7, align 4
  %1447 = load i32, i32* %7, align 4
  %1448 = add nsw i32 %1447, 2
  store i32 %1448, i32* %7, align 4
  %1449 = load i32, i32* %7, align 4
  %1450 = add nsw i32 %1449, 3
  store i32 %1450, i32* %7, align 4
  %1451 = load i32, i32* %7, align 4
  %1452 = add nsw i32 %1451, 4
  store i32 %1452, i32* %7, align 4
  %1453 = load i32, i32* %7, align 4
  %1454 = add nsw i32 %1453, 5
  store i32 %1454, i32* %7, align 4
  %1455 = load i32, i32* %7, align 4
  %1456 = add nsw i32 %1455, 6
  store i32 %1456, i32* %7, align 4
  %1457 = load i32, i32* %7, align 4
  %1458 = add nsw i32 %1457, 0
  store i32 %1458, i32* %7, align 4
  %1459 = load i32, i32* %7, align 4
  %1460 = add nsw i32 %1459, 1
  store i32 %1460, i32* %7, align 4
  %1461 = load i32, i32* %7, align 4
  %1462 = add nsw i32 %1461, 2
  store i32 %1462, i32* %7, align 4
  %1463 = load i32, i32* %7, align 4
  %1464 = add nsw i32 %1463, 3
  store i32 %1464, i32* %7, align 4
  %1465 = load i32, i32* %7, align 4
  %1466 = add nsw i32 %1465, 4
  store i32 %1466, i32* %7, align 4
  %1467 = load i32, i32* %7, align 4
  %1468 = add nsw i32 %1467, 5
  store i32 %1468, i32* %7, align 4
  %1469 = load i32, i32* %7, align 4
  %1470 = add nsw i32 %1469, 6
  store i32 %1470, i32* %7, align 4
  %1471 = load i32, i32* %7, align 4
  %1472 = add nsw i32 %1471, 0
  store i32 %1472, i32* %7, align 4
  %1473 = load i32, i32* %7, align 4
  %1474 = add nsw i32 %1473, 1
  store i32 %1474, i32* %7, align 4
  %1475 = load i32, i32* %7, align 4
  %1476 = add nsw i32 %1475, 2
  store i32 %1476, i32* %7, align 4
  %1477 = load i32, i32* %7, align 4
  %1478 = add nsw i32 %1477, 3
  store i32 %1478, i32* %7, align 4
  %1479 = load i32, i32* %7, align 4
  %1480 = add nsw i32 %1479, 4
  store i32 %1480, i32* %7, align 4
  %1481 = load i32, i32* %7, align 4
  %1482 = add nsw i32 %1481, 5
  store i32 %1482, i32* %7, align 4
  %1483 = load i32, i32* %7, align 4
  %1484 = add nsw i32 %1483, 6
  store i32 %1484, i32* %7, align 4
  %1485 = load i32, i32* %7, align 4
  %1486 = add nsw i32 %1485, 0
  store i32 %1486, i32* %7, align 4
  %1487 = load i32, i32* %7, align 4
  %1488 = add nsw i32 %1487, 1
  store i32 %1488, i32* %7, align 4
  %1489 = load i32, i32* %7, align 4
  %1490 = add nsw i32 %1489, 2
  store i32 %1490, i32* %7, align 4
  %1491 = load i32, i32* %7, align 4
  %1492 = add nsw i32 %1491, 3
  store i32 %1492, i32* %7, align 4
  %1493 = load i32, i32* %7, align 4
  %1494 = add nsw i32 %1493, 4
  store i32 %1494, i32* %7, align 4
  %1495 = load i32, i32* %7, align 4
  %1496 = add nsw i32 %1495, 5
  store i32 %1496, i32* %7, align 4
  %1497 = load i32, i32* %7, align 4
  %1498 = add nsw i32 %1497, 6
  store i32 %1498, i32* %7, align 4
  %1499 = load i32, i32* %7, align 4
  %1500 = add nsw i32 %1499, 0
  store i32 %1500, i32* %7, align 4
  %1501 = load i32, i32* %7, align 4
  %1502 = add nsw i32 %1501, 1
  store i32 %1502, i32* %7, align 4
  %1503 = load i32, i32* %7, align 4
  %1504 = add nsw i32 %1503, 2
  store i32 %1504, i32* %7, align 4
  %1505 = load i32, i32* %7, align 4
  %1506 = add nsw i32 %1505, 3
  store i32 %1506, i32* %7, align 4
  %1507 = load i32, i32* %7, align 4
  %1508 = add nsw i32 %1507, 4
  store i32 %1508, i32* %7, align 4
  %1509 = load i32, i32* %7, align 4
  %1510 = add nsw i32 %1509, 5
  store i32 %1510, i32* %7, align 4
  %1511 = load i32, i32* %7, align 4
  %1512 = add nsw i32 %1511, 6
  store i32 %1512, i32* %7, align 4
  %1513 = load i32, i32* %7, align 4
  %1514 = add nsw i32 %1513, 0
  store i32 %1514, i32* %7, align 4
  %1515 = load i32, i32* %7, align 4
  %1516 = add nsw i32 %1515, 1
  store i32 %1516, i32* %7, align 4
  %1517 = load i32, i32* %7, align 4
  %1518 = add nsw i32 %1517, 2
  store i32 %1518, i32* %7, align 4
  %1519 = load i32, i32* %7, align 4
  %1520 = add nsw i32 %1519, 3
  store i32 %1520, i32* %7, align 4
  %1521 = load i32, i32* %7, align 4
  %1522 = add nsw i32 %1521, 4
  store i32 %1522, i32* %7, align 4
  %1523 = load i32, i32* %7, align 4
  %1524 = add nsw i32 %1523, 5
  store i32 %1524, i32* %7, align 4
  %1525 = load i32, i32* %7, align 4
  call void @putint(i32 noundef %1525)
  call void @putch(i32 noundef 10)
  %1526 = load i32, i32* %2, align 4
  %1527 = load i32, i32* %3, align 4
  %1528 = add nsw i32 %1526, %1527
  %1529 = load i32, i32* %7, align 4
  %1530 = add nsw i32 %1528, %1529
  %1531 = srem i32 %1530, 256
  ret i32 %1531
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
