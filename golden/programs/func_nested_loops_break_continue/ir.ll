; ModuleID = 'func_nested_loops_break_continue.sy'
source_filename = "func_nested_loops_break_continue.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@logged = dso_local global i32 0, align 4
@trail = dso_local global [64 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [15 x i8] c"n=%d steps=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @note(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* @logged, align 4
  %4 = icmp slt i32 %3, 64
  br i1 %4, label %5, label %12

5:                                                ; preds = %1
  %6 = load i32, i32* %2, align 4
  %7 = load i32, i32* @logged, align 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [64 x i32], [64 x i32]* @trail, i64 0, i64 %8
  store i32 %6, i32* %9, align 4
  %10 = load i32, i32* @logged, align 4
  %11 = add nsw i32 %10, 1
  store i32 %11, i32* @logged, align 4
  br label %12

12:                                               ; preds = %5, %1
  ret void
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
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %12

12:                                               ; preds = %62, %21, %0
  %13 = load i32, i32* %2, align 4
  %14 = icmp slt i32 %13, 6
  br i1 %14, label %15, label %63

15:                                               ; preds = %12
  %16 = load i32, i32* %2, align 4
  %17 = add nsw i32 %16, 1
  store i32 %17, i32* %2, align 4
  %18 = load i32, i32* %2, align 4
  %19 = srem i32 %18, 3
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %22

21:                                               ; preds = %15
  br label %12, !llvm.loop !6

22:                                               ; preds = %15
  store i32 0, i32* %4, align 4
  br label %23

23:                                               ; preds = %22, %36, %57
  %24 = load i32, i32* %4, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, i32* %4, align 4
  %26 = load i32, i32* %4, align 4
  %27 = load i32, i32* %2, align 4
  %28 = icmp sgt i32 %26, %27
  br i1 %28, label %29, label %30

29:                                               ; preds = %23
  br label %62

30:                                               ; preds = %23
  %31 = load i32, i32* %2, align 4
  %32 = load i32, i32* %4, align 4
  %33 = add nsw i32 %31, %32
  %34 = srem i32 %33, 2
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %36, label %37

36:                                               ; preds = %30
  br label %23

37:                                               ; preds = %30
  store i32 0, i32* %5, align 4
  br label %38

38:                                               ; preds = %54, %47, %37
  %39 = load i32, i32* %5, align 4
  %40 = icmp slt i32 %39, 10
  br i1 %40, label %41, label %57

41:                                               ; preds = %38
  %42 = load i32, i32* %5, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, i32* %5, align 4
  %44 = load i32, i32* %5, align 4
  %45 = load i32, i32* %4, align 4
  %46 = icmp eq i32 %44, %45
  br i1 %46, label %47, label %48

47:                                               ; preds = %41
  br label %38, !llvm.loop !8

48:                                               ; preds = %41
  %49 = load i32, i32* %5, align 4
  %50 = load i32, i32* %4, align 4
  %51 = add nsw i32 %50, 1
  %52 = icmp sgt i32 %49, %51
  br i1 %52, label %53, label %54

53:                                               ; preds = %48
  br label %57

54:                                               ; preds = %48
  %55 = load i32, i32* %3, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, i32* %3, align 4
  br label %38, !llvm.loop !8

57:                                               ; preds = %53, %38
  %58 = load i32, i32* %2, align 4
  %59 = mul nsw i32 %58, 10
  %60 = load i32, i32* %4, align 4
  %61 = add nsw i32 %59, %60
  call void @note(i32 noundef %61)
  br label %23

62:                                               ; preds = %29
  br label %12, !llvm.loop !6

63:                                               ; preds = %12
  %64 = load i32, i32* @logged, align 4
  call void @putarray(i32 noundef %64, i32* noundef getelementptr inbounds ([64 x i32], [64 x i32]* @trail, i64 0, i64 0))
  %65 = load i32, i32* %3, align 4
  call void @putint(i32 noundef %65)
  call void @putch(i32 noundef 10)
  store i32 1, i32* %6, align 4
  store i32 0, i32* %7, align 4
  br label %66

66:                                               ; preds = %63, %76, %92
  %67 = load i32, i32* %6, align 4
  %68 = icmp sge i32 %67, 100
  br i1 %68, label %69, label %70

69:                                               ; preds = %66
  br label %95

70:                                               ; preds = %66
  %71 = load i32, i32* %7, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, i32* %7, align 4
  %73 = load i32, i32* %6, align 4
  %74 = srem i32 %73, 2
  %75 = icmp eq i32 %74, 1
  br i1 %75, label %76, label %80

76:                                               ; preds = %70
  %77 = load i32, i32* %6, align 4
  %78 = mul nsw i32 %77, 3
  %79 = add nsw i32 %78, 1
  store i32 %79, i32* %6, align 4
  br label %66

80:                                               ; preds = %70
  br label %81

81:                                               ; preds = %91, %80
  %82 = load i32, i32* %6, align 4
  %83 = srem i32 %82, 4
  %84 = icmp eq i32 %83, 0
  br i1 %84, label %85, label %92

85:                                               ; preds = %81
  %86 = load i32, i32* %6, align 4
  %87 = sdiv i32 %86, 2
  store i32 %87, i32* %6, align 4
  %88 = load i32, i32* %6, align 4
  %89 = icmp slt i32 %88, 10
  br i1 %89, label %90, label %91

90:                                               ; preds = %85
  br label %92

91:                                               ; preds = %85
  br label %81, !llvm.loop !9

92:                                               ; preds = %90, %81
  %93 = load i32, i32* %6, align 4
  %94 = add nsw i32 %93, 7
  store i32 %94, i32* %6, align 4
  br label %66

95:                                               ; preds = %69
  %96 = load i32, i32* %6, align 4
  %97 = load i32, i32* %7, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str, i64 0, i64 0), i32 noundef %96, i32 noundef %97)
  store i32 0, i32* %8, align 4
  store i32 1, i32* %9, align 4
  br label %98

98:                                               ; preds = %152, %95
  %99 = load i32, i32* %9, align 4
  %100 = icmp slt i32 %99, 20
  br i1 %100, label %101, label %105

101:                                              ; preds = %98
  %102 = load i32, i32* %8, align 4
  %103 = icmp ne i32 %102, 0
  %104 = xor i1 %103, true
  br label %105

105:                                              ; preds = %101, %98
  %106 = phi i1 [ false, %98 ], [ %104, %101 ]
  br i1 %106, label %107, label %155

107:                                              ; preds = %105
  %108 = load i32, i32* %9, align 4
  store i32 %108, i32* %10, align 4
  br label %109

109:                                              ; preds = %149, %107
  %110 = load i32, i32* %10, align 4
  %111 = icmp slt i32 %110, 20
  br i1 %111, label %112, label %152

112:                                              ; preds = %109
  %113 = load i32, i32* %10, align 4
  store i32 %113, i32* %11, align 4
  br label %114

114:                                              ; preds = %142, %112
  %115 = load i32, i32* %11, align 4
  %116 = icmp slt i32 %115, 30
  br i1 %116, label %117, label %145

117:                                              ; preds = %114
  %118 = load i32, i32* %9, align 4
  %119 = load i32, i32* %9, align 4
  %120 = mul nsw i32 %118, %119
  %121 = load i32, i32* %10, align 4
  %122 = load i32, i32* %10, align 4
  %123 = mul nsw i32 %121, %122
  %124 = add nsw i32 %120, %123
  %125 = load i32, i32* %11, align 4
  %126 = load i32, i32* %11, align 4
  %127 = mul nsw i32 %125, %126
  %128 = icmp eq i32 %124, %127
  br i1 %128, label %129, label %142

129:                                              ; preds = %117
  %130 = load i32, i32* %9, align 4
  %131 = icmp sgt i32 %130, 5
  br i1 %131, label %132, label %140

132:                                              ; preds = %129
  %133 = load i32, i32* %9, align 4
  %134 = mul nsw i32 %133, 10000
  %135 = load i32, i32* %10, align 4
  %136 = mul nsw i32 %135, 100
  %137 = add nsw i32 %134, %136
  %138 = load i32, i32* %11, align 4
  %139 = add nsw i32 %137, %138
  store i32 %139, i32* %8, align 4
  br label %145

140:                                              ; preds = %129
  %141 = load i32, i32* %11, align 4
  call void @note(i32 noundef %141)
  br label %142

142:                                              ; preds = %140, %117
  %143 = load i32, i32* %11, align 4
  %144 = add nsw i32 %143, 1
  store i32 %144, i32* %11, align 4
  br label %114, !llvm.loop !10

145:                                              ; preds = %132, %114
  %146 = load i32, i32* %8, align 4
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %148, label %149

148:                                              ; preds = %145
  br label %152

149:                                              ; preds = %145
  %150 = load i32, i32* %10, align 4
  %151 = add nsw i32 %150, 1
  store i32 %151, i32* %10, align 4
  br label %109, !llvm.loop !11

152:                                              ; preds = %148, %109
  %153 = load i32, i32* %9, align 4
  %154 = add nsw i32 %153, 1
  store i32 %154, i32* %9, align 4
  br label %98, !llvm.loop !12

155:                                              ; preds = %105
  %156 = load i32, i32* %8, align 4
  call void @putint(i32 noundef %156)
  call void @putch(i32 noundef 10)
  %157 = load i32, i32* @logged, align 4
  call void @putarray(i32 noundef %157, i32* noundef getelementptr inbounds ([64 x i32], [64 x i32]* @trail, i64 0, i64 0))
  %158 = load i32, i32* %3, align 4
  %159 = load i32, i32* %7, align 4
  %160 = add nsw i32 %158, %159
  ret i32 %160
}

declare void @putarray(i32 noundef, i32* noundef) #1

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

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
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
