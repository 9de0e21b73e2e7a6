; ModuleID = 'func_bank_queue_simulation.sy'
source_filename = "func_bank_queue_simulation.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@seed = dso_local global i32 2022, align 4
@qhead = dso_local global i32 0, align 4
@qtail = dso_local global i32 0, align 4
@queue_arrival = dso_local global [1000 x i32] zeroinitializer, align 16
@busy_until = dso_local global [4 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [47 x i8] c"served=%d waiting=%d max_queue=%d max_wait=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [24 x i8] c"average wait x100 = %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @rnd(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* @seed, align 4
  %4 = mul nsw i32 %3, 8121
  %5 = add nsw i32 %4, 28411
  %6 = srem i32 %5, 134456
  store i32 %6, i32* @seed, align 4
  %7 = load i32, i32* @seed, align 4
  %8 = load i32, i32* %2, align 4
  %9 = srem i32 %7, %8
  ret i32 %9
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
  %12 = call i32 @getint()
  store i32 %12, i32* %2, align 4
  %13 = call i32 @getint()
  store i32 %13, i32* %3, align 4
  store i32 0, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  store i32 0, i32* %7, align 4
  store i32 0, i32* %8, align 4
  br label %14

14:                                               ; preds = %102, %0
  %15 = load i32, i32* %4, align 4
  %16 = load i32, i32* %3, align 4
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %18, label %105

18:                                               ; preds = %14
  %19 = call i32 @rnd(i32 noundef 100)
  store i32 %19, i32* %9, align 4
  %20 = load i32, i32* %9, align 4
  %21 = icmp slt i32 %20, 45
  br i1 %21, label %22, label %23

22:                                               ; preds = %18
  store i32 0, i32* %9, align 4
  br label %29

23:                                               ; preds = %18
  %24 = load i32, i32* %9, align 4
  %25 = icmp slt i32 %24, 85
  br i1 %25, label %26, label %27

26:                                               ; preds = %23
  store i32 1, i32* %9, align 4
  br label %28

27:                                               ; preds = %23
  store i32 2, i32* %9, align 4
  br label %28

28:                                               ; preds = %27, %26
  br label %29

29:                                               ; preds = %28, %22
  br label %30

30:                                               ; preds = %43, %29
  %31 = load i32, i32* %9, align 4
  %32 = icmp sgt i32 %31, 0
  br i1 %32, label %33, label %46

33:                                               ; preds = %30
  %34 = load i32, i32* @qtail, align 4
  %35 = icmp slt i32 %34, 1000
  br i1 %35, label %36, label %43

36:                                               ; preds = %33
  %37 = load i32, i32* %4, align 4
  %38 = load i32, i32* @qtail, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [1000 x i32], [1000 x i32]* @queue_arrival, i64 0, i64 %39
  store i32 %37, i32* %40, align 4
  %41 = load i32, i32* @qtail, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, i32* @qtail, align 4
  br label %43

43:                                               ; preds = %36, %33
  %44 = load i32, i32* %9, align 4
  %45 = sub nsw i32 %44, 1
  store i32 %45, i32* %9, align 4
  br label %30, !llvm.loop !6

46:                                               ; preds = %30
  store i32 0, i32* %10, align 4
  br label %47

47:                                               ; preds = %89, %46
  %48 = load i32, i32* %10, align 4
  %49 = load i32, i32* %2, align 4
  %50 = icmp slt i32 %48, %49
  br i1 %50, label %51, label %92

51:                                               ; preds = %47
  %52 = load i32, i32* %10, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [4 x i32], [4 x i32]* @busy_until, i64 0, i64 %53
  %55 = load i32, i32* %54, align 4
  %56 = load i32, i32* %4, align 4
  %57 = icmp sle i32 %55, %56
  br i1 %57, label %58, label %89

58:                                               ; preds = %51
  %59 = load i32, i32* @qhead, align 4
  %60 = load i32, i32* @qtail, align 4
  %61 = icmp slt i32 %59, %60
  br i1 %61, label %62, label %89

62:                                               ; preds = %58
  %63 = load i32, i32* %4, align 4
  %64 = load i32, i32* @qhead, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [1000 x i32], [1000 x i32]* @queue_arrival, i64 0, i64 %65
  %67 = load i32, i32* %66, align 4
  %68 = sub nsw i32 %63, %67
  store i32 %68, i32* %11, align 4
  %69 = load i32, i32* @qhead, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, i32* @qhead, align 4
  %71 = load i32, i32* %6, align 4
  %72 = load i32, i32* %11, align 4
  %73 = add nsw i32 %71, %72
  store i32 %73, i32* %6, align 4
  %74 = load i32, i32* %11, align 4
  %75 = load i32, i32* %7, align 4
  %76 = icmp sgt i32 %74, %75
  br i1 %76, label %77, label %79

77:                                               ; preds = %62
  %78 = load i32, i32* %11, align 4
  store i32 %78, i32* %7, align 4
  br label %79

79:                                               ; preds = %77, %62
  %80 = load i32, i32* %4, align 4
  %81 = add nsw i32 %80, 2
  %82 = call i32 @rnd(i32 noundef 4)
  %83 = add nsw i32 %81, %82
  %84 = load i32, i32* %10, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [4 x i32], [4 x i32]* @busy_until, i64 0, i64 %85
  store i32 %83, i32* %86, align 4
  %87 = load i32, i32* %5, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, i32* %5, align 4
  br label %89

89:                                               ; preds = %79, %58, %51
  %90 = load i32, i32* %10, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, i32* %10, align 4
  br label %47, !llvm.loop !8

92:                                               ; preds = %47
  %93 = load i32, i32* @qtail, align 4
  %94 = load i32, i32* @qhead, align 4
  %95 = sub nsw i32 %93, %94
  %96 = load i32, i32* %8, align 4
  %97 = icmp sgt i32 %95, %96
  br i1 %97, label %98, label %102

98:                                               ; preds = %92
  %99 = load i32, i32* @qtail, align 4
  %100 = load i32, i32* @qhead, align 4
  %101 = sub nsw i32 %99, %100
  store i32 %101, i32* %8, align 4
  br label %102

102:                                              ; preds = %98, %92
  %103 = load i32, i32* %4, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, i32* %4, align 4
  br label %14, !llvm.loop !9

105:                                              ; preds = %14
  %106 = load i32, i32* %5, align 4
  %107 = load i32, i32* @qtail, align 4
  %108 = load i32, i32* @qhead, align 4
  %109 = sub nsw i32 %107, %108
  %110 = load i32, i32* %8, align 4
  %111 = load i32, i32* %7, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([47 x i8], [47 x i8]* @.str, i64 0, i64 0), i32 noundef %106, i32 noundef %109, i32 noundef %110, i32 noundef %111)
  %112 = load i32, i32* %5, align 4
  %113 = icmp sgt i32 %112, 0
  br i1 %113, label %114, label %119

114:                                              ; preds = %105
  %115 = load i32, i32* %6, align 4
  %116 = mul nsw i32 %115, 100
  %117 = load i32, i32* %5, align 4
  %118 = sdiv i32 %116, %117
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([24 x i8], [24 x i8]* @.str.1, i64 0, i64 0), i32 noundef %118)
  br label %119

119:                                              ; preds = %114, %105
  %120 = load i32, i32* %5, align 4
  %121 = srem i32 %120, 256
  ret i32 %121
}

declare i32 @getint() #1

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
