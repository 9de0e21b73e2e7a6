; ModuleID = 'func_const_sized_global_arrays.sy'
source_filename = "func_const_sized_global_arrays.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@N = dso_local constant i32 4, align 4
@M = dso_local constant i32 9, align 4
@HALF = dso_local constant i32 4, align 4
@REM = dso_local constant i32 1, align 4
@weights = dso_local global [5 x float] [float 5.000000e-01, float 1.500000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00], align 16
@primes = dso_local global [12 x i32] [i32 2, i32 3, i32 5, i32 7, i32 11, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 16
@table = dso_local global [4 x [4 x i32]] [[4 x i32] [i32 1, i32 2, i32 0, i32 0], [4 x i32] [i32 3, i32 0, i32 0, i32 0], [4 x i32] [i32 4, i32 5, i32 6, i32 0], [4 x i32] zeroinitializer], align 16
@STEP = dso_local constant [4 x i32] [i32 1, i32 -1, i32 2, i32 -2], align 16
@LIMIT = dso_local constant [2 x [4 x i32]] [[4 x i32] [i32 10, i32 20, i32 30, i32 40], [4 x i32] [i32 5, i32 0, i32 0, i32 0]], align 16
@SCALE = dso_local constant [4 x float] [float 2.500000e-01, float 5.000000e-01, float 1.000000e+00, float 2.000000e+00], align 16
@grid = dso_local global [9 x [4 x i32]] zeroinitializer, align 16
@counts = dso_local global [4 x i32] zeroinitializer, align 16
@wide = dso_local global [9 x i32] zeroinitializer, align 16
@cube = dso_local global [2 x [3 x [2 x i32]]] zeroinitializer, align 16
@.str = private unnamed_addr constant [34 x i8] c"N=%d M=%d HALF=%d REM=%d last=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca float, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  br label %8

8:                                                ; preds = %44, %0
  %9 = load i32, i32* %2, align 4
  %10 = icmp slt i32 %9, 9
  br i1 %10, label %11, label %47

11:                                               ; preds = %8
  store i32 0, i32* %3, align 4
  br label %12

12:                                               ; preds = %15, %11
  %13 = load i32, i32* %3, align 4
  %14 = icmp slt i32 %13, 4
  br i1 %14, label %15, label %44

15:                                               ; preds = %12
  %16 = load i32, i32* %2, align 4
  %17 = mul nsw i32 %16, 4
  %18 = load i32, i32* %3, align 4
  %19 = add nsw i32 %17, %18
  %20 = load i32, i32* %2, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 %21
  %23 = load i32, i32* %3, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [4 x i32], [4 x i32]* %22, i64 0, i64 %24
  store i32 %19, i32* %25, align 4
  %26 = load i32, i32* %3, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [4 x i32], [4 x i32]* @counts, i64 0, i64 %27
  %29 = load i32, i32* %28, align 4
  %30 = load i32, i32* %2, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 %31
  %33 = load i32, i32* %3, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [4 x i32], [4 x i32]* %32, i64 0, i64 %34
  %36 = load i32, i32* %35, align 4
  %37 = srem i32 %36, 3
  %38 = add nsw i32 %29, %37
  %39 = load i32, i32* %3, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [4 x i32], [4 x i32]* @counts, i64 0, i64 %40
  store i32 %38, i32* %41, align 4
  %42 = load i32, i32* %3, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, i32* %3, align 4
  br label %12, !llvm.loop !6

44:                                               ; preds = %12
  %45 = load i32, i32* %2, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, i32* %2, align 4
  br label %8, !llvm.loop !8

47:                                               ; preds = %8
  call void @putarray(i32 noundef 4, i32* noundef getelementptr inbounds ([4 x i32], [4 x i32]* @counts, i64 0, i64 0))
  call void @putarray(i32 noundef 4, i32* noundef getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 8, i64 0))
  store i32 0, i32* %2, align 4
  br label %48

48:                                               ; preds = %51, %47
  %49 = load i32, i32* %2, align 4
  %50 = icmp slt i32 %49, 9
  br i1 %50, label %51, label %64

51:                                               ; preds = %48
  %52 = load i32, i32* %2, align 4
  %53 = srem i32 %52, 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [4 x i32], [4 x i32]* @STEP, i64 0, i64 %54
  %56 = load i32, i32* %55, align 4
  %57 = load i32, i32* %2, align 4
  %58 = mul nsw i32 %56, %57
  %59 = load i32, i32* %2, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [9 x i32], [9 x i32]* @wide, i64 0, i64 %60
  store i32 %58, i32* %61, align 4
  %62 = load i32, i32* %2, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, i32* %2, align 4
  br label %48, !llvm.loop !9

64:                                               ; preds = %48
  call void @putarray(i32 noundef 9, i32* noundef getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 0))
  store i32 0, i32* %4, align 4
  store i32 0, i32* %2, align 4
  br label %65

65:                                               ; preds = %106, %64
  %66 = load i32, i32* %2, align 4
  %67 = icmp slt i32 %66, 2
  br i1 %67, label %68, label %109

68:                                               ; preds = %65
  store i32 0, i32* %5, align 4
  br label %69

69:                                               ; preds = %103, %68
  %70 = load i32, i32* %5, align 4
  %71 = icmp slt i32 %70, 3
  br i1 %71, label %72, label %106

72:                                               ; preds = %69
  store i32 0, i32* %6, align 4
  br label %73

73:                                               ; preds = %76, %72
  %74 = load i32, i32* %6, align 4
  %75 = icmp slt i32 %74, 2
  br i1 %75, label %76, label %103

76:                                               ; preds = %73
  %77 = load i32, i32* %4, align 4
  %78 = load i32, i32* %6, align 4
  %79 = add nsw i32 %78, 1
  %80 = mul nsw i32 %77, %79
  %81 = load i32, i32* %2, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 %82
  %84 = load i32, i32* %5, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %83, i64 0, i64 %85
  %87 = load i32, i32* %6, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [2 x i32], [2 x i32]* %86, i64 0, i64 %88
  store i32 %80, i32* %89, align 4
  %90 = load i32, i32* %4, align 4
  %91 = load i32, i32* %2, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [2 x [4 x i32]], [2 x [4 x i32]]* @LIMIT, i64 0, i64 %92
  %94 = load i32, i32* %5, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [4 x i32], [4 x i32]* %93, i64 0, i64 %95
  %97 = load i32, i32* %96, align 4
  %98 = add nsw i32 %90, %97
  %99 = load i32, i32* %6, align 4
  %100 = add nsw i32 %98, %99
  store i32 %100, i32* %4, align 4
  %101 = load i32, i32* %6, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, i32* %6, align 4
  br label %73, !llvm.loop !10

103:                                              ; preds = %73
  %104 = load i32, i32* %5, align 4
  %105 = add nsw i32 %104, 1
  store i32 %105, i32* %5, align 4
  br label %69, !llvm.loop !11

106:                                              ; preds = %69
  %107 = load i32, i32* %2, align 4
  %108 = add nsw i32 %107, 1
  store i32 %108, i32* %2, align 4
  br label %65, !llvm.loop !12

109:                                              ; preds = %65
  call void @putarray(i32 noundef 2, i32* noundef getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 0))
  call void @putarray(i32 noundef 12, i32* noundef getelementptr inbounds ([12 x i32], [12 x i32]* @primes, i64 0, i64 0))
  store i32 0, i32* %2, align 4
  br label %110

110:                                              ; preds = %113, %109
  %111 = load i32, i32* %2, align 4
  %112 = icmp slt i32 %111, 4
  br i1 %112, label %113, label %120

113:                                              ; preds = %110
  %114 = load i32, i32* %2, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* @table, i64 0, i64 %115
  %117 = getelementptr inbounds [4 x i32], [4 x i32]* %116, i64 0, i64 0
  call void @putarray(i32 noundef 4, i32* noundef %117)
  %118 = load i32, i32* %2, align 4
  %119 = add nsw i32 %118, 1
  store i32 %119, i32* %2, align 4
  br label %110, !llvm.loop !13

120:                                              ; preds = %110
  store float 0.000000e+00, float* %7, align 4
  store i32 0, i32* %2, align 4
  br label %121

121:                                              ; preds = %124, %120
  %122 = load i32, i32* %2, align 4
  %123 = icmp slt i32 %122, 4
  br i1 %123, label %124, label %151

124:                                              ; preds = %121
  %125 = load float, float* getelementptr inbounds ([5 x float], [5 x float]* @weights, i64 0, i64 4), align 16
  %126 = load i32, i32* %2, align 4
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [4 x float], [4 x float]* @SCALE, i64 0, i64 %127
  %129 = load float, float* %128, align 4
  %130 = load i32, i32* %2, align 4
  %131 = srem i32 %130, 2
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [5 x float], [5 x float]* @weights, i64 0, i64 %132
  %134 = load float, float* %133, align 4
  %135 = fmul float %129, %134
  %136 = fadd float %125, %135
  store float %136, float* getelementptr inbounds ([5 x float], [5 x float]* @weights, i64 0, i64 4), align 16
  %137 = load float, float* %7, align 4
  %138 = load i32, i32* %2, align 4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [4 x float], [4 x float]* @SCALE, i64 0, i64 %139
  %141 = load float, float* %140, align 4
  %142 = load i32, i32* %2, align 4
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [4 x i32], [4 x i32]* @STEP, i64 0, i64 %143
  %145 = load i32, i32* %144, align 4
  %146 = sitofp i32 %145 to float
  %147 = fmul float %141, %146
  %148 = fadd float %137, %147
  store float %148, float* %7, align 4
  %149 = load i32, i32* %2, align 4
  %150 = add nsw i32 %149, 1
  store i32 %150, i32* %2, align 4
  br label %121, !llvm.loop !14

151:                                              ; preds = %121
  call void @putfarray(i32 noundef 5, float* noundef getelementptr inbounds ([5 x float], [5 x float]* @weights, i64 0, i64 0))
  %152 = load float, float* %7, align 4
  call void @putfloat(float noundef %152)
  call void @putch(i32 noundef 10)
  %153 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 1), align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([34 x i8], [34 x i8]* @.str, i64 0, i64 0), i32 noundef 4, i32 noundef 9, i32 noundef 4, i32 noundef 1, i32 noundef %153)
  %154 = load i32, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 4, i64 1), align 4
  %155 = load i32, i32* getelementptr inbounds ([2 x [4 x i32]], [2 x [4 x i32]]* @LIMIT, i64 0, i64 1, i64 0), align 16
  %156 = add nsw i32 %154, %155
  ret i32 %156
}

declare void @putarray(i32 noundef, i32* noundef) #1

declare void @putfarray(i32 noundef, float* noundef) #1

declare void @putfloat(float noundef) #1

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
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
