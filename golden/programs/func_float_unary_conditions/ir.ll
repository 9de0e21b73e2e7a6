; ModuleID = 'func_float_unary_conditions.sy'
source_filename = "func_float_unary_conditions.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@values = dso_local global [6 x float] [float 0.000000e+00, float -0.000000e+00, float 5.000000e-01, float -2.250000e+00, float 0x3730000000000000, float 0x46293E5940000000], align 16
@ones = dso_local global i32 0, align 4
@.str = private unnamed_addr constant [21 x i8] c"halvings=%d ones=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"steps=%d y=%a\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @bit(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %3)
  %4 = load i32, i32* @ones, align 4
  %5 = load i32, i32* %2, align 4
  %6 = add nsw i32 %4, %5
  store i32 %6, i32* @ones, align 4
  ret void
}

declare void @putint(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @negate_twice(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, float* %2, align 4
  %3 = load float, float* %2, align 4
  %4 = fneg float %3
  %5 = fneg float %4
  ret float %5
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  br label %11

11:                                               ; preds = %74, %0
  %12 = load i32, i32* %2, align 4
  %13 = icmp slt i32 %12, 6
  br i1 %13, label %14, label %83

14:                                               ; preds = %11
  %15 = load i32, i32* %2, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [6 x float], [6 x float]* @values, i64 0, i64 %16
  %18 = load float, float* %17, align 4
  store float %18, float* %3, align 4
  %19 = load float, float* %3, align 4
  %20 = fcmp une float %19, 0.000000e+00
  br i1 %20, label %21, label %22

21:                                               ; preds = %14
  call void @bit(i32 noundef 1)
  br label %23

22:                                               ; preds = %14
  call void @bit(i32 noundef 0)
  br label %23

23:                                               ; preds = %22, %21
  %24 = load float, float* %3, align 4
  %25 = fcmp une float %24, 0.000000e+00
  br i1 %25, label %27, label %26

26:                                               ; preds = %23
  call void @bit(i32 noundef 1)
  br label %28

27:                                               ; preds = %23
  call void @bit(i32 noundef 0)
  br label %28

28:                                               ; preds = %27, %26
  %29 = load float, float* %3, align 4
  %30 = fcmp une float %29, 0.000000e+00
  br i1 %30, label %31, label %32

31:                                               ; preds = %28
  call void @bit(i32 noundef 1)
  br label %33

32:                                               ; preds = %28
  call void @bit(i32 noundef 0)
  br label %33

33:                                               ; preds = %32, %31
  %34 = load float, float* %3, align 4
  %35 = fneg float %34
  %36 = fcmp une float %35, 0.000000e+00
  br i1 %36, label %38, label %37

37:                                               ; preds = %33
  call void @bit(i32 noundef 1)
  br label %39

38:                                               ; preds = %33
  call void @bit(i32 noundef 0)
  br label %39

39:                                               ; preds = %38, %37
  %40 = load float, float* %3, align 4
  %41 = fcmp une float %40, 0.000000e+00
  br i1 %41, label %42, label %43

42:                                               ; preds = %39
  call void @bit(i32 noundef 1)
  br label %44

43:                                               ; preds = %39
  call void @bit(i32 noundef 0)
  br label %44

44:                                               ; preds = %43, %42
  %45 = load float, float* %3, align 4
  %46 = fcmp une float %45, 0.000000e+00
  br i1 %46, label %48, label %47

47:                                               ; preds = %44
  br i1 false, label %48, label %49

48:                                               ; preds = %47, %44
  call void @bit(i32 noundef 1)
  br label %50

49:                                               ; preds = %47
  call void @bit(i32 noundef 0)
  br label %50

50:                                               ; preds = %49, %48
  %51 = load float, float* %3, align 4
  %52 = fcmp une float %51, 0.000000e+00
  br i1 %52, label %59, label %53

53:                                               ; preds = %50
  %54 = load float, float* %3, align 4
  %55 = fneg float %54
  %56 = load float, float* %3, align 4
  %57 = fcmp ole float %55, %56
  br i1 %57, label %58, label %59

58:                                               ; preds = %53
  call void @bit(i32 noundef 1)
  br label %60

59:                                               ; preds = %53, %50
  call void @bit(i32 noundef 0)
  br label %60

60:                                               ; preds = %59, %58
  %61 = load float, float* %3, align 4
  %62 = fneg float %61
  %63 = load float, float* %3, align 4
  %64 = fcmp olt float %62, %63
  br i1 %64, label %65, label %66

65:                                               ; preds = %60
  call void @bit(i32 noundef 1)
  br label %67

66:                                               ; preds = %60
  call void @bit(i32 noundef 0)
  br label %67

67:                                               ; preds = %66, %65
  %68 = load float, float* %3, align 4
  %69 = load float, float* %3, align 4
  %70 = call float @negate_twice(float noundef %69)
  %71 = fcmp oeq float %68, %70
  br i1 %71, label %72, label %73

72:                                               ; preds = %67
  call void @bit(i32 noundef 1)
  br label %74

73:                                               ; preds = %67
  call void @bit(i32 noundef 0)
  br label %74

74:                                               ; preds = %73, %72
  call void @putch(i32 noundef 32)
  %75 = load float, float* %3, align 4
  %76 = fneg float %75
  call void @putfloat(float noundef %76)
  call void @putch(i32 noundef 32)
  %77 = load float, float* %3, align 4
  %78 = fneg float %77
  %79 = fneg float %78
  %80 = fmul float %79, -1.000000e+00
  call void @putfloat(float noundef %80)
  call void @putch(i32 noundef 10)
  %81 = load i32, i32* %2, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, i32* %2, align 4
  br label %11, !llvm.loop !6

83:                                               ; preds = %11
  store float 1.000000e+00, float* %4, align 4
  store i32 0, i32* %5, align 4
  br label %84

84:                                               ; preds = %87, %83
  %85 = load float, float* %4, align 4
  %86 = fcmp une float %85, 0.000000e+00
  br i1 %86, label %87, label %92

87:                                               ; preds = %84
  %88 = load float, float* %4, align 4
  %89 = fdiv float %88, 2.000000e+00
  store float %89, float* %4, align 4
  %90 = load i32, i32* %5, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, i32* %5, align 4
  br label %84, !llvm.loop !8

92:                                               ; preds = %84
  %93 = load i32, i32* %5, align 4
  %94 = load i32, i32* @ones, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([21 x i8], [21 x i8]* @.str, i64 0, i64 0), i32 noundef %93, i32 noundef %94)
  store float 1.000000e+02, float* %6, align 4
  store i32 0, i32* %7, align 4
  br label %95

95:                                               ; preds = %117, %92
  %96 = load float, float* %6, align 4
  %97 = fcmp ogt float %96, 1.000000e+00
  br i1 %97, label %98, label %102

98:                                               ; preds = %95
  %99 = load float, float* %6, align 4
  %100 = fpext float %99 to double
  %101 = fcmp olt double %100, 1.500000e+00
  br i1 %101, label %102, label %106

102:                                              ; preds = %98, %95
  %103 = load float, float* %6, align 4
  %104 = fpext float %103 to double
  %105 = fcmp oeq double %104, 7.500000e-01
  br label %106

106:                                              ; preds = %102, %98
  %107 = phi i1 [ true, %98 ], [ %105, %102 ]
  br i1 %107, label %108, label %120

108:                                              ; preds = %106
  %109 = load float, float* %6, align 4
  %110 = fneg float %109
  %111 = fdiv float %110, 3.000000e+00
  store float %111, float* %6, align 4
  %112 = load float, float* %6, align 4
  %113 = fcmp olt float %112, 0.000000e+00
  br i1 %113, label %114, label %117

114:                                              ; preds = %108
  %115 = load float, float* %6, align 4
  %116 = fneg float %115
  store float %116, float* %6, align 4
  br label %117

117:                                              ; preds = %114, %108
  %118 = load i32, i32* %7, align 4
  %119 = add nsw i32 %118, 1
  store i32 %119, i32* %7, align 4
  br label %95, !llvm.loop !9

120:                                              ; preds = %106
  %121 = load i32, i32* %7, align 4
  %122 = load float, float* %6, align 4
  %123 = fpext float %122 to double
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str.1, i64 0, i64 0), i32 noundef %121, double noundef %123)
  store float 0x3FB99999A0000000, float* %8, align 4
  store float 0x3FC99999A0000000, float* %9, align 4
  store float 0x3FD3333340000000, float* %10, align 4
  %124 = load float, float* %8, align 4
  %125 = load float, float* %9, align 4
  %126 = fadd float %124, %125
  %127 = fpext float %126 to double
  %128 = fcmp une double %127, 3.000000e-01
  br i1 %128, label %129, label %130

129:                                              ; preds = %120
  call void @bit(i32 noundef 1)
  br label %131

130:                                              ; preds = %120
  call void @bit(i32 noundef 0)
  br label %131

131:                                              ; preds = %130, %129
  %132 = load float, float* %8, align 4
  %133 = load float, float* %9, align 4
  %134 = fadd float %132, %133
  %135 = load float, float* %10, align 4
  %136 = fcmp oeq float %134, %135
  br i1 %136, label %137, label %138

137:                                              ; preds = %131
  call void @bit(i32 noundef 1)
  br label %139

138:                                              ; preds = %131
  call void @bit(i32 noundef 0)
  br label %139

139:                                              ; preds = %138, %137
  %140 = load float, float* %8, align 4
  %141 = load float, float* %8, align 4
  %142 = fsub float %140, %141
  %143 = fcmp une float %142, 0.000000e+00
  br i1 %143, label %150, label %144

144:                                              ; preds = %139
  %145 = load float, float* %8, align 4
  %146 = fneg float %145
  %147 = fpext float %146 to double
  %148 = fcmp olt double %147, -0.000000e+00
  br i1 %148, label %149, label %150

149:                                              ; preds = %144
  call void @bit(i32 noundef 1)
  br label %151

150:                                              ; preds = %144, %139
  call void @bit(i32 noundef 0)
  br label %151

151:                                              ; preds = %150, %149
  call void @putch(i32 noundef 10)
  %152 = load i32, i32* %5, align 4
  %153 = load i32, i32* %7, align 4
  %154 = add nsw i32 %152, %153
  %155 = load i32, i32* @ones, align 4
  %156 = add nsw i32 %154, %155
  ret i32 %156
}

declare void @putch(i32 noundef) #1

declare void @putfloat(float noundef) #1

declare void @putf(i8* noundef, ...) #1

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
