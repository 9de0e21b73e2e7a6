; ModuleID = 'perf_knapsack_dp.sy'
source_filename = "perf_knapsack_dp.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@wt = dso_local local_unnamed_addr global [2000 x i32] zeroinitializer, align 16
@val = dso_local local_unnamed_addr global [2000 x i32] zeroinitializer, align 16
@best = dso_local local_unnamed_addr global [20001 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [18 x i8] c"items=%d best=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"half capacity: %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getint() #2
  %2 = tail call i32 @getint() #2
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  tail call void @starttime() #2
  br label %46

5:                                                ; preds = %0, %40
  %6 = phi i64 [ %36, %40 ], [ 0, %0 ]
  %7 = phi i32 [ %41, %40 ], [ 0, %0 ]
  %8 = phi i32 [ %21, %40 ], [ 3, %0 ]
  %9 = mul nsw i32 %8, 75
  %10 = add nsw i32 %9, 74
  %11 = srem i32 %10, 65537
  %12 = srem i32 %11, 40
  %13 = add nsw i32 %12, 5
  %14 = mul nsw i32 %11, 75
  %15 = add nsw i32 %14, 74
  %16 = srem i32 %15, 65537
  %17 = srem i32 %16, 100
  %18 = add nsw i32 %17, 1
  %19 = mul nsw i32 %16, 75
  %20 = add nsw i32 %19, 74
  %21 = srem i32 %20, 65537
  %22 = srem i32 %21, 6
  %23 = add nsw i32 %22, 1
  %24 = shl i64 %6, 32
  %25 = ashr exact i64 %24, 32
  br label %26

26:                                               ; preds = %5, %26
  %27 = phi i64 [ %25, %5 ], [ %36, %26 ]
  %28 = phi i32 [ 1, %5 ], [ %38, %26 ]
  %29 = phi i32 [ %23, %5 ], [ %37, %26 ]
  %30 = icmp sgt i32 %28, %29
  %31 = select i1 %30, i32 %29, i32 %28
  %32 = mul nsw i32 %31, %13
  %33 = getelementptr inbounds [2000 x i32], [2000 x i32]* @wt, i64 0, i64 %27
  store i32 %32, i32* %33, align 4, !tbaa !5
  %34 = mul nsw i32 %31, %18
  %35 = getelementptr inbounds [2000 x i32], [2000 x i32]* @val, i64 0, i64 %27
  store i32 %34, i32* %35, align 4, !tbaa !5
  %36 = add i64 %27, 1
  %37 = sub nsw i32 %29, %31
  %38 = shl nsw i32 %28, 1
  %39 = icmp sgt i32 %37, 0
  br i1 %39, label %26, label %40, !llvm.loop !9

40:                                               ; preds = %26
  %41 = add nuw nsw i32 %7, 1
  %42 = icmp eq i32 %41, %1
  br i1 %42, label %43, label %5, !llvm.loop !11

43:                                               ; preds = %40
  %44 = trunc i64 %36 to i32
  tail call void @starttime() #2
  %45 = icmp sgt i32 %44, 0
  br i1 %45, label %49, label %46

46:                                               ; preds = %4, %43
  %47 = phi i32 [ 0, %4 ], [ %44, %43 ]
  %48 = sext i32 %2 to i64
  br label %104

49:                                               ; preds = %43
  %50 = sext i32 %2 to i64
  %51 = and i64 %36, 4294967295
  %52 = add nsw i64 %50, 1
  %53 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %50
  %54 = add nsw i64 %50, -1
  br label %55

55:                                               ; preds = %49, %101
  %56 = phi i64 [ 0, %49 ], [ %102, %101 ]
  %57 = getelementptr inbounds [2000 x i32], [2000 x i32]* @wt, i64 0, i64 %56
  %58 = load i32, i32* %57, align 4, !tbaa !5
  %59 = getelementptr inbounds [2000 x i32], [2000 x i32]* @val, i64 0, i64 %56
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = icmp slt i32 %2, %58
  br i1 %61, label %101, label %62

62:                                               ; preds = %55
  %63 = sext i32 %58 to i64
  %64 = sub nsw i64 %52, %63
  %65 = and i64 %64, 1
  %66 = icmp eq i64 %65, 0
  br i1 %66, label %75, label %67

67:                                               ; preds = %62
  %68 = sub nsw i64 %50, %63
  %69 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %68
  %70 = load i32, i32* %69, align 4, !tbaa !5
  %71 = add nsw i32 %70, %60
  %72 = load i32, i32* %53, align 4, !tbaa !5
  %73 = icmp sgt i32 %71, %72
  br i1 %73, label %74, label %75

74:                                               ; preds = %67
  store i32 %71, i32* %53, align 4, !tbaa !5
  br label %75

75:                                               ; preds = %67, %74, %62
  %76 = phi i64 [ %50, %62 ], [ %54, %74 ], [ %54, %67 ]
  %77 = icmp eq i32 %2, %58
  br i1 %77, label %101, label %78

78:                                               ; preds = %75, %98
  %79 = phi i64 [ %99, %98 ], [ %76, %75 ]
  %80 = sub nsw i64 %79, %63
  %81 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %80
  %82 = load i32, i32* %81, align 4, !tbaa !5
  %83 = add nsw i32 %82, %60
  %84 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %79
  %85 = load i32, i32* %84, align 4, !tbaa !5
  %86 = icmp sgt i32 %83, %85
  br i1 %86, label %87, label %88

87:                                               ; preds = %78
  store i32 %83, i32* %84, align 4, !tbaa !5
  br label %88

88:                                               ; preds = %87, %78
  %89 = add nsw i64 %79, -1
  %90 = sub nsw i64 %89, %63
  %91 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %90
  %92 = load i32, i32* %91, align 4, !tbaa !5
  %93 = add nsw i32 %92, %60
  %94 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %89
  %95 = load i32, i32* %94, align 4, !tbaa !5
  %96 = icmp sgt i32 %93, %95
  br i1 %96, label %97, label %98

97:                                               ; preds = %88
  store i32 %93, i32* %94, align 4, !tbaa !5
  br label %98

98:                                               ; preds = %97, %88
  %99 = add nsw i64 %79, -2
  %100 = icmp sgt i64 %89, %63
  br i1 %100, label %78, label %101, !llvm.loop !12

101:                                              ; preds = %75, %98, %55
  %102 = add nuw nsw i64 %56, 1
  %103 = icmp eq i64 %102, %51
  br i1 %103, label %104, label %55, !llvm.loop !13

104:                                              ; preds = %101, %46
  %105 = phi i32 [ %47, %46 ], [ %44, %101 ]
  %106 = phi i64 [ %48, %46 ], [ %50, %101 ]
  tail call void @stoptime() #2
  %107 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %106
  %108 = load i32, i32* %107, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([18 x i8], [18 x i8]* @.str, i64 0, i64 0), i32 noundef %105, i32 noundef %108) #2
  %109 = sdiv i32 %2, 2
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [20001 x i32], [20001 x i32]* @best, i64 0, i64 %110
  %112 = load i32, i32* %111, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str.1, i64 0, i64 0), i32 noundef %112) #2
  %113 = load i32, i32* %107, align 4, !tbaa !5
  %114 = srem i32 %113, 256
  ret i32 %114
}

declare i32 @getint() local_unnamed_addr #1

declare void @starttime() local_unnamed_addr #1

declare void @stoptime() local_unnamed_addr #1

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
