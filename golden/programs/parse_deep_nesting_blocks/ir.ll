; ModuleID = 'parse_deep_nesting_blocks.sy'
source_filename = "parse_deep_nesting_blocks.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@depth_reached = dso_local global i32 0, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @nested_ifs(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  %4 = sdiv i32 %3, 1
  %5 = icmp sge i32 %4, 0
  br i1 %5, label %6, label %154

6:                                                ; preds = %1
  %7 = load i32, i32* %2, align 4
  %8 = sdiv i32 %7, 2
  %9 = icmp sge i32 %8, 0
  br i1 %9, label %10, label %153

10:                                               ; preds = %6
  %11 = load i32, i32* %2, align 4
  %12 = sdiv i32 %11, 3
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %14, label %152

14:                                               ; preds = %10
  %15 = load i32, i32* %2, align 4
  %16 = sdiv i32 %15, 4
  %17 = icmp sge i32 %16, 0
  br i1 %17, label %18, label %151

18:                                               ; preds = %14
  %19 = load i32, i32* %2, align 4
  %20 = sdiv i32 %19, 5
  %21 = icmp sge i32 %20, 0
  br i1 %21, label %22, label %150

22:                                               ; preds = %18
  %23 = load i32, i32* %2, align 4
  %24 = sdiv i32 %23, 6
  %25 = icmp sge i32 %24, 0
  br i1 %25, label %26, label %149

26:                                               ; preds = %22
  %27 = load i32, i32* %2, align 4
  %28 = sdiv i32 %27, 7
  %29 = icmp sge i32 %28, 0
  br i1 %29, label %30, label %148

30:                                               ; preds = %26
  %31 = load i32, i32* %2, align 4
  %32 = sdiv i32 %31, 8
  %33 = icmp sge i32 %32, 0
  br i1 %33, label %34, label %147

34:                                               ; preds = %30
  %35 = load i32, i32* %2, align 4
  %36 = sdiv i32 %35, 9
  %37 = icmp sge i32 %36, 0
  br i1 %37, label %38, label %146

38:                                               ; preds = %34
  %39 = load i32, i32* %2, align 4
  %40 = sdiv i32 %39, 10
  %41 = icmp sge i32 %40, 0
  br i1 %41, label %42, label %145

42:                                               ; preds = %38
  %43 = load i32, i32* %2, align 4
  %44 = sdiv i32 %43, 11
  %45 = icmp sge i32 %44, 0
  br i1 %45, label %46, label %144

46:                                               ; preds = %42
  %47 = load i32, i32* %2, align 4
  %48 = sdiv i32 %47, 12
  %49 = icmp sge i32 %48, 0
  br i1 %49, label %50, label %143

50:                                               ; preds = %46
  %51 = load i32, i32* %2, align 4
  %52 = sdiv i32 %51, 13
  %53 = icmp sge i32 %52, 0
  br i1 %53, label %54, label %142

54:                                               ; preds = %50
  %55 = load i32, i32* %2, align 4
  %56 = sdiv i32 %55, 14
  %57 = icmp sge i32 %56, 0
  br i1 %57, label %58, label %141

58:                                               ; preds = %54
  %59 = load i32, i32* %2, align 4
  %60 = sdiv i32 %59, 15
  %61 = icmp sge i32 %60, 0
  br i1 %61, label %62, label %140

62:                                               ; preds = %58
  %63 = load i32, i32* %2, align 4
  %64 = sdiv i32 %63, 16
  %65 = icmp sge i32 %64, 0
  br i1 %65, label %66, label %139

66:                                               ; preds = %62
  %67 = load i32, i32* %2, align 4
  %68 = sdiv i32 %67, 17
  %69 = icmp sge i32 %68, 0
  br i1 %69, label %70, label %138

70:                                               ; preds = %66
  %71 = load i32, i32* %2, align 4
  %72 = sdiv i32 %71, 18
  %73 = icmp sge i32 %72, 0
  br i1 %73, label %74, label %137

74:                                               ; preds = %70
  %75 = load i32, i32* %2, align 4
  %76 = sdiv i32 %75, 19
  %77 = icmp sge i32 %76, 0
  br i1 %77, label %78, label %136

78:                                               ; preds = %74
  %79 = load i32, i32* %2, align 4
  %80 = sdiv i32 %79, 20
  %81 = icmp sge i32 %80, 0
  br i1 %81, label %82, label %135

82:                                               ; preds = %78
  %83 = load i32, i32* %2, align 4
  %84 = sdiv i32 %83, 21
  %85 = icmp sge i32 %84, 0
  br i1 %85, label %86, label %134

86:                                               ; preds = %82
  %87 = load i32, i32* %2, align 4
  %88 = sdiv i32 %87, 22
  %89 = icmp sge i32 %88, 0
  br i1 %89, label %90, label %133

90:                                               ; preds = %86
  %91 = load i32, i32* %2, align 4
  %92 = sdiv i32 %91, 23
  %93 = icmp sge i32 %92, 0
  br i1 %93, label %94, label %132

94:                                               ; preds = %90
  %95 = load i32, i32* %2, align 4
  %96 = sdiv i32 %95, 24
  %97 = icmp sge i32 %96, 0
  br i1 %97, label %98, label %131

98:                                               ; preds = %94
  %99 = load i32, i32* %2, align 4
  %100 = sdiv i32 %99, 25
  %101 = icmp sge i32 %100, 0
  br i1 %101, label %102, label %130

102:                                              ; preds = %98
  %103 = load i32, i32* %2, align 4
  %104 = sdiv i32 %103, 26
  %105 = icmp sge i32 %104, 0
  br i1 %105, label %106, label %129

106:                                              ; preds = %102
  %107 = load i32, i32* %2, align 4
  %108 = sdiv i32 %107, 27
  %109 = icmp sge i32 %108, 0
  br i1 %109, label %110, label %128

110:                                              ; preds = %106
  %111 = load i32, i32* %2, align 4
  %112 = sdiv i32 %111, 28
  %113 = icmp sge i32 %112, 0
  br i1 %113, label %114, label %127

114:                                              ; preds = %110
  %115 = load i32, i32* %2, align 4
  %116 = sdiv i32 %115, 29
  %117 = icmp sge i32 %116, 0
  br i1 %117, label %118, label %126

118:                                              ; preds = %114
  %119 = load i32, i32* %2, align 4
  %120 = sdiv i32 %119, 30
  %121 = icmp sge i32 %120, 0
  br i1 %121, label %122, label %125

122:                                              ; preds = %118
  %123 = load i32, i32* @depth_reached, align 4
  %124 = add nsw i32 %123, 1
  store i32 %124, i32* @depth_reached, align 4
  br label %125

125:                                              ; preds = %122, %118
  br label %126

126:                                              ; preds = %125, %114
  br label %127

127:                                              ; preds = %126, %110
  br label %128

128:                                              ; preds = %127, %106
  br label %129

129:                                              ; preds = %128, %102
  br label %130

130:                                              ; preds = %129, %98
  br label %131

131:                                              ; preds = %130, %94
  br label %132

132:                                              ; preds = %131, %90
  br label %133

133:                                              ; preds = %132, %86
  br label %134

134:                                              ; preds = %133, %82
  br label %135

135:                                              ; preds = %134, %78
  br label %136

136:                                              ; preds = %135, %74
  br label %137

137:                                              ; preds = %136, %70
  br label %138

138:                                              ; preds = %137, %66
  br label %139

139:                                              ; preds = %138, %62
  br label %140

140:                                              ; preds = %139, %58
  br label %141

141:                                              ; preds = %140, %54
  br label %142

142:                                              ; preds = %141, %50
  br label %143

143:                                              ; preds = %142, %46
  br label %144

144:                                              ; preds = %143, %42
  br label %145

145:                                              ; preds = %144, %38
  br label %146

146:                                              ; preds = %145, %34
  br label %147

147:                                              ; preds = %146, %30
  br label %148

148:                                              ; preds = %147, %26
  br label %149

149:                                              ; preds = %148, %22
  br label %150

150:                                              ; preds = %149, %18
  br label %151

151:                                              ; preds = %150, %14
  br label %152

152:                                              ; preds = %151, %10
  br label %153

153:                                              ; preds = %152, %6
  br label %154

154:                                              ; preds = %153, %1
  %155 = load i32, i32* @depth_reached, align 4
  ret i32 %155
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @nested_whiles(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  store i32 0, i32* %4, align 4
  br label %12

12:                                               ; preds = %74, %1
  %13 = load i32, i32* %4, align 4
  %14 = load i32, i32* %2, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %77

16:                                               ; preds = %12
  store i32 0, i32* %5, align 4
  br label %17

17:                                               ; preds = %71, %16
  %18 = load i32, i32* %5, align 4
  %19 = load i32, i32* %2, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %74

21:                                               ; preds = %17
  store i32 0, i32* %6, align 4
  br label %22

22:                                               ; preds = %68, %21
  %23 = load i32, i32* %6, align 4
  %24 = load i32, i32* %2, align 4
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %26, label %71

26:                                               ; preds = %22
  store i32 0, i32* %7, align 4
  br label %27

27:                                               ; preds = %65, %26
  %28 = load i32, i32* %7, align 4
  %29 = load i32, i32* %2, align 4
  %30 = icmp slt i32 %28, %29
  br i1 %30, label %31, label %68

31:                                               ; preds = %27
  store i32 0, i32* %8, align 4
  br label %32

32:                                               ; preds = %62, %31
  %33 = load i32, i32* %8, align 4
  %34 = load i32, i32* %2, align 4
  %35 = icmp slt i32 %33, %34
  br i1 %35, label %36, label %65

36:                                               ; preds = %32
  store i32 0, i32* %9, align 4
  br label %37

37:                                               ; preds = %59, %36
  %38 = load i32, i32* %9, align 4
  %39 = load i32, i32* %2, align 4
  %40 = icmp slt i32 %38, %39
  br i1 %40, label %41, label %62

41:                                               ; preds = %37
  store i32 0, i32* %10, align 4
  br label %42

42:                                               ; preds = %56, %41
  %43 = load i32, i32* %10, align 4
  %44 = load i32, i32* %2, align 4
  %45 = icmp slt i32 %43, %44
  br i1 %45, label %46, label %59

46:                                               ; preds = %42
  store i32 0, i32* %11, align 4
  br label %47

47:                                               ; preds = %51, %46
  %48 = load i32, i32* %11, align 4
  %49 = load i32, i32* %2, align 4
  %50 = icmp slt i32 %48, %49
  br i1 %50, label %51, label %56

51:                                               ; preds = %47
  %52 = load i32, i32* %3, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, i32* %3, align 4
  %54 = load i32, i32* %11, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, i32* %11, align 4
  br label %47, !llvm.loop !6

56:                                               ; preds = %47
  %57 = load i32, i32* %10, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, i32* %10, align 4
  br label %42, !llvm.loop !8

59:                                               ; preds = %42
  %60 = load i32, i32* %9, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, i32* %9, align 4
  br label %37, !llvm.loop !9

62:                                               ; preds = %37
  %63 = load i32, i32* %8, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, i32* %8, align 4
  br label %32, !llvm.loop !10

65:                                               ; preds = %32
  %66 = load i32, i32* %7, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, i32* %7, align 4
  br label %27, !llvm.loop !11

68:                                               ; preds = %27
  %69 = load i32, i32* %6, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, i32* %6, align 4
  br label %22, !llvm.loop !12

71:                                               ; preds = %22
  %72 = load i32, i32* %5, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, i32* %5, align 4
  br label %17, !llvm.loop !13

74:                                               ; preds = %17
  %75 = load i32, i32* %4, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, i32* %4, align 4
  br label %12, !llvm.loop !14

77:                                               ; preds = %12
  %78 = load i32, i32* %3, align 4
  ret i32 %78
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  %27 = alloca i32, align 4
  %28 = alloca i32, align 4
  %29 = alloca i32, align 4
  %30 = alloca i32, align 4
  %31 = alloca i32, align 4
  %32 = alloca i32, align 4
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  %36 = alloca i32, align 4
  %37 = alloca i32, align 4
  %38 = alloca i32, align 4
  %39 = alloca i32, align 4
  %40 = alloca i32, align 4
  %41 = alloca i32, align 4
  %42 = alloca i32, align 4
  %43 = alloca i32, align 4
  %44 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  store i32 1, i32* %4, align 4
  store i32 2, i32* %5, align 4
  store i32 3, i32* %6, align 4
  store i32 4, i32* %7, align 4
  store i32 5, i32* %8, align 4
  store i32 6, i32* %9, align 4
  store i32 7, i32* %10, align 4
  store i32 8, i32* %11, align 4
  store i32 9, i32* %12, align 4
  store i32 10, i32* %13, align 4
  store i32 11, i32* %14, align 4
  store i32 12, i32* %15, align 4
  store i32 13, i32* %16, align 4
  store i32 14, i32* %17, align 4
  store i32 15, i32* %18, align 4
  store i32 16, i32* %19, align 4
  store i32 17, i32* %20, align 4
  store i32 18, i32* %21, align 4
  store i32 19, i32* %22, align 4
  store i32 20, i32* %23, align 4
  store i32 21, i32* %24, align 4
  store i32 22, i32* %25, align 4
  store i32 23, i32* %26, align 4
  store i32 24, i32* %27, align 4
  store i32 25, i32* %28, align 4
  store i32 26, i32* %29, align 4
  store i32 27, i32* %30, align 4
  store i32 28, i32* %31, align 4
  store i32 29, i32* %32, align 4
  store i32 30, i32* %33, align 4
  store i32 31, i32* %34, align 4
  store i32 32, i32* %35, align 4
  store i32 33, i32* %36, align 4
  store i32 34, i32* %37, align 4
  store i32 35, i32* %38, align 4
  store i32 36, i32* %39, align 4
  store i32 37, i32* %40, align 4
  store i32 38, i32* %41, align 4
  store i32 39, i32* %42, align 4
  %45 = load i32, i32* %42, align 4
  call void @putint(i32 noundef %45)
  call void @putch(i32 noundef 10)
  %46 = load i32, i32* %42, align 4
  store i32 %46, i32* @depth_reached, align 4
  %47 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %47)
  call void @putch(i32 noundef 10)
  %48 = call i32 @nested_ifs(i32 noundef 5)
  call void @putint(i32 noundef %48)
  call void @putch(i32 noundef 10)
  %49 = call i32 @nested_ifs(i32 noundef -40)
  call void @putint(i32 noundef %49)
  call void @putch(i32 noundef 10)
  %50 = call i32 @nested_whiles(i32 noundef 2)
  call void @putint(i32 noundef %50)
  call void @putch(i32 noundef 10)
  store i32 0, i32* %43, align 4
  store i32 0, i32* %44, align 4
  br label %51

51:                                               ; preds = %81, %0
  %52 = load i32, i32* %44, align 4
  %53 = icmp slt i32 %52, 3
  br i1 %53, label %54, label %84

54:                                               ; preds = %51
  %55 = load i32, i32* %44, align 4
  %56 = icmp ne i32 %55, 1
  br i1 %56, label %57, label %78

57:                                               ; preds = %54
  br label %58

58:                                               ; preds = %76, %57
  %59 = load i32, i32* %43, align 4
  %60 = icmp slt i32 %59, 100
  br i1 %60, label %61, label %77

61:                                               ; preds = %58
  %62 = load i32, i32* %43, align 4
  %63 = srem i32 %62, 2
  %64 = icmp eq i32 %63, 0
  br i1 %64, label %65, label %68

65:                                               ; preds = %61
  %66 = load i32, i32* %43, align 4
  %67 = add nsw i32 %66, 3
  store i32 %67, i32* %43, align 4
  br label %76

68:                                               ; preds = %61
  %69 = load i32, i32* %43, align 4
  %70 = icmp sgt i32 %69, 50
  br i1 %70, label %71, label %72

71:                                               ; preds = %68
  br label %77

72:                                               ; preds = %68
  %73 = load i32, i32* %43, align 4
  %74 = add nsw i32 %73, 7
  store i32 %74, i32* %43, align 4
  br label %75

75:                                               ; preds = %72
  br label %76

76:                                               ; preds = %75, %65
  br label %58, !llvm.loop !15

77:                                               ; preds = %71, %58
  br label %81

78:                                               ; preds = %54
  %79 = load i32, i32* %43, align 4
  %80 = sub nsw i32 %79, 40
  store i32 %80, i32* %43, align 4
  br label %81

81:                                               ; preds = %78, %77
  %82 = load i32, i32* %44, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, i32* %44, align 4
  br label %51, !llvm.loop !16

84:                                               ; preds = %51
  %85 = load i32, i32* %43, align 4
  call void @putint(i32 noundef %85)
  call void @putch(i32 noundef 10)
  %86 = load i32, i32* @depth_reached, align 4
  %87 = load i32, i32* %43, align 4
  %88 = add nsw i32 %86, %87
  ret i32 %88
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
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
