; ModuleID = 'perf_knapsack_dp.sy'
source_filename = "perf_knapsack_dp.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@wt = dso_local global [2000 x i32] zeroinitializer, align 16
@val = dso_local global [2000 x i32] zeroinitializer, align 16
@best = dso_local global [20001 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [18 x i8] c"items=%d best=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"half capacity: %d\0A\00", align 1

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
  store i32 0, i32* %1, align 4
  %17 = call i32 @getint()
  store i32 %17, i32* %2, align 4
  %18 = call i32 @getint()
  store i32 %18, i32* %3, align 4
  store i32 0, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 3, i32* %6, align 4
  br label %19

19:                                               ; preds = %75, %0
  %20 = load i32, i32* %5, align 4
  %21 = load i32, i32* %2, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %78

23:                                               ; preds = %19
  %24 = load i32, i32* %6, align 4
  %25 = mul nsw i32 %24, 75
  %26 = add nsw i32 %25, 74
  %27 = srem i32 %26, 65537
  store i32 %27, i32* %6, align 4
  %28 = load i32, i32* %6, align 4
  %29 = srem i32 %28, 40
  %30 = add nsw i32 %29, 5
  store i32 %30, i32* %7, align 4
  %31 = load i32, i32* %6, align 4
  %32 = mul nsw i32 %31, 75
  %33 = add nsw i32 %32, 74
  %34 = srem i32 %33, 65537
  store i32 %34, i32* %6, align 4
  %35 = load i32, i32* %6, align 4
  %36 = srem i32 %35, 100
  %37 = add nsw i32 %36, 1
  store i32 %37, i32* %8, align 4
  %38 = load i32, i32* %6, align 4
  %39 = mul nsw i32 %38, 75
  %40 = add nsw i32 %39, 74
  %41 = srem i32 %40, 65537
  store i32 %41, i32* %6, align 4
  %42 = load i32, i32* %6, align 4
  %43 = srem i32 %42, 6
  %44 = add nsw i32 %43, 1
  store i32 %44, i32* %9, align 4
  store i32 1, i32* %10, align 4
  br label %45

45:                                               ; preds = %55, %23
  %46 = load i32, i32* %9, align 4
  %47 = icmp sgt i32 %46, 0
  br i1 %47, label %48, label %75

48:                                               ; preds = %45
  %49 = load i32, i32* %10, align 4
  store i32 %49, i32* %11, align 4
  %50 = load i32, i32* %11, align 4
  %51 = load i32, i32* %9, align 4
  %52 = icmp sgt i32 %50, %51
  br i1 %52, label %53, label %55

53:                                               ; preds = %48
  %54 = load i32, i32* %9, align 4
  store i32 %54, i32* %11, align 4
  br label %55

55:                                               ; preds = %53, %48
  %56 = load i32, i32* %7, align 4
  %57 = load i32, i32* %11, align 4
  %58 = mul nsw i32 %56, %57
  %59 = load i32, i32* %4, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [2000 x i32], [2000 x i32]* @wt, i64 0, i64 %60
  store i32 %58, i32* %61, align 4
  %62 = load i32, i32* %8, align 4
  %63 = load i32, i32* %11, align 4
  %64 = mul nsw i32 %62, %63
  %65 = load i32, i32* %4, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [2000 x i32], [2000 x i32]* @val, i64 0, i64 %66
  store i32 %64, i32* %67, align 4
  %68 = load i32, i32* %4, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, i32* %4, align 4
  %70 = load i32, i32* %9, align 4
  %71 = load i32, i32* %11, align 4
  %72 = sub nsw i32 %70, %71
  store i32 %72, i32* %9, align 4
  %73 = load i32, i32* %10, align 4
  %74 = mul nsw i32 %73, 2
  store i32 %74, i32* %10, align 4
  br label %45, !llvm.loop !6

75:                                               ; preds = %45
  %76 = load i32, i32* %5, align 4
  %77 = add nsw i32 %76, 1
  store i32 %77, i32* %5, align 4
  br label %19, !llvm.loop !8

78:                                               ; preds = %19
  call void @starttime()
  store i32 0, i32* %12, align 4
  br label %79

79:                                               ; preds = %120, %78
  %80 = load i32, i32* %12, align 4
  %81 = load i32, i32* %4, align 4
  %82 = icmp slt i32 %80, %81
  br i1 %82, label %83, label %123

83:                                               ; preds = %79
  %84 = load i32, i32* %3, align 4
  store i32 %84, i32* %13, align 4
  %85 = load i32, i32* %12, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [2000 x i32], [2000 x i32]* @wt, i64 0, i64 %86
  %88 = load i32, i32* %87, align 4
  store i32 %88, i32* %14, align 4
  %89 = load i32, i32* %12, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [2000 x i32], [2000 x i32]* @val, i64 0, i64 %90
  %92 = load i32, i32* %91, align 4
  store i32 %92, i32* %15, align 4
  br label %93

93:                                               ; preds = %117, %83
  %94 = load i32, i32* %13, align 4
  %95 = load i32, i32* %14, align 4
  %96 = icmp sge i32 %94, %95
  br i1 %96, label %97, label %120

97:                                               ; preds = %93
  %98 = load i32, i32* %13, align 4
  %99 = load i32, i32* %14, align 4
  %100 = sub nsw i32 %98, %99
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %101
  %103 = load i32, i32* %102, align 4
  %104 = load i32, i32* %15, align 4
  %105 = add nsw i32 %103, %104
  store i32 %105, i32* %16, align 4
  %106 = load i32, i32* %16, align 4
  %107 = load i32, i32* %13, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %108
  %110 = load i32, i32* %109, align 4
  %111 = icmp sgt i32 %106, %110
  br i1 %111, label %112, label %117

112:                                              ; preds = %97
  %113 = load i32, i32* %16, align 4
  %114 = load i32, i32* %13, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %115
  store i32 %113, i32* %116, align 4
  br label %117

117:                                              ; preds = %112, %97
  %118 = load i32, i32* %13, align 4
  %119 = sub nsw i32 %118, 1
  store i32 %119, i32* %13, align 4
  br label %93, !llvm.loop !9

120:                                              ; preds = %93
  %121 = load i32, i32* %12, align 4
  %122 = add nsw i32 %121, 1
  store i32 %122, i32* %12, align 4
  br label %79, !llvm.loop !10

123:                                              ; preds = %79
  call void @stoptime()
  %124 = load i32, i32* %4, align 4
  %125 = load i32, i32* %3, align 4
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %126
  %128 = load i32, i32* %127, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([18 x i8], [18 x i8]* @.str, i64 0, i64 0), i32 noundef %124, i32 noundef %128)
  %129 = load i32, i32* %3, align 4
  %130 = sdiv i32 %129, 2
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %131
  %133 = load i32, i32* %132, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str.1, i64 0, i64 0), i32 noundef %133)
  %134 = load i32, i32* %3, align 4
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %135
  %137 = load i32, i32* %136, align 4
  %138 = srem i32 %137, 256
  ret i32 %138
}

declare i32 @getint() #1

declare void @starttime() #1

declare void @stoptime() #1

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
