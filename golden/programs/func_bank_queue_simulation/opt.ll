; ModuleID = 'func_bank_queue_simulation.sy'
source_filename = "func_bank_queue_simulation.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@seed = dso_local local_unnamed_addr global i32 2022, align 4
@qhead = dso_local local_unnamed_addr global i32 0, align 4
@qtail = dso_local local_unnamed_addr global i32 0, align 4
@queue_arrival = dso_local local_unnamed_addr global [1000 x i32] zeroinitializer, align 16
@busy_until = dso_local local_unnamed_addr global [4 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [47 x i8] c"served=%d waiting=%d max_queue=%d max_wait=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [24 x i8] c"average wait x100 = %d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @rnd(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, i32* @seed, align 4, !tbaa !5
  %3 = mul nsw i32 %2, 8121
  %4 = add nsw i32 %3, 28411
  %5 = srem i32 %4, 134456
  store i32 %5, i32* @seed, align 4, !tbaa !5
  %6 = srem i32 %5, %0
  ret i32 %6
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 @getint() #3
  %2 = tail call i32 @getint() #3
  %3 = icmp sgt i32 %2, 0
  br i1 %3, label %8, label %4

4:                                                ; preds = %0
  %5 = load i32, i32* @qtail, align 4, !tbaa !5
  %6 = load i32, i32* @qhead, align 4, !tbaa !5
  %7 = sub nsw i32 %5, %6
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([47 x i8], [47 x i8]* @.str, i64 0, i64 0), i32 noundef 0, i32 noundef %7, i32 noundef 0, i32 noundef 0) #3
  br label %100

8:                                                ; preds = %0
  %9 = load i32, i32* @qhead, align 4, !tbaa !5
  %10 = load i32, i32* @qtail, align 4
  %11 = load i32, i32* @seed, align 4, !tbaa !5
  %12 = icmp sgt i32 %1, 0
  %13 = zext i32 %1 to i64
  br label %14

14:                                               ; preds = %8, %84
  %15 = phi i32 [ 0, %8 ], [ %93, %84 ]
  %16 = phi i32 [ 0, %8 ], [ %92, %84 ]
  %17 = phi i32 [ 0, %8 ], [ %89, %84 ]
  %18 = phi i32 [ 0, %8 ], [ %88, %84 ]
  %19 = phi i32 [ 0, %8 ], [ %87, %84 ]
  %20 = phi i32 [ %11, %8 ], [ %85, %84 ]
  %21 = phi i32 [ %10, %8 ], [ %32, %84 ]
  %22 = phi i32 [ %9, %8 ], [ %86, %84 ]
  %23 = mul nsw i32 %20, 8121
  %24 = add nsw i32 %23, 28411
  %25 = srem i32 %24, 134456
  %26 = srem i32 %25, 100
  %27 = icmp slt i32 %26, 45
  br i1 %27, label %31, label %28

28:                                               ; preds = %14
  %29 = icmp uge i32 %26, 85
  %30 = icmp slt i32 %21, 1000
  br i1 %30, label %35, label %39

31:                                               ; preds = %43, %39, %14
  %32 = phi i32 [ %21, %14 ], [ %40, %39 ], [ %46, %43 ]
  br i1 %12, label %33, label %84

33:                                               ; preds = %31
  %34 = add nuw nsw i32 %15, 2
  br label %47

35:                                               ; preds = %28
  %36 = sext i32 %21 to i64
  %37 = getelementptr inbounds [1000 x i32], [1000 x i32]* @queue_arrival, i64 0, i64 %36
  store i32 %15, i32* %37, align 4, !tbaa !5
  %38 = add nsw i32 %21, 1
  store i32 %38, i32* @qtail, align 4, !tbaa !5
  br label %39

39:                                               ; preds = %35, %28
  %40 = phi i32 [ %38, %35 ], [ %21, %28 ]
  %41 = icmp slt i32 %40, 1000
  %42 = select i1 %29, i1 %41, i1 false
  br i1 %42, label %43, label %31, !llvm.loop !9

43:                                               ; preds = %39
  %44 = sext i32 %40 to i64
  %45 = getelementptr inbounds [1000 x i32], [1000 x i32]* @queue_arrival, i64 0, i64 %44
  store i32 %15, i32* %45, align 4, !tbaa !5
  %46 = add nsw i32 %40, 1
  store i32 %46, i32* @qtail, align 4, !tbaa !5
  br label %31, !llvm.loop !9

47:                                               ; preds = %33, %75
  %48 = phi i64 [ 0, %33 ], [ %82, %75 ]
  %49 = phi i32 [ %22, %33 ], [ %76, %75 ]
  %50 = phi i32 [ %17, %33 ], [ %81, %75 ]
  %51 = phi i32 [ %18, %33 ], [ %80, %75 ]
  %52 = phi i32 [ %19, %33 ], [ %79, %75 ]
  %53 = phi i32 [ %22, %33 ], [ %78, %75 ]
  %54 = phi i32 [ %25, %33 ], [ %77, %75 ]
  %55 = getelementptr inbounds [4 x i32], [4 x i32]* @busy_until, i64 0, i64 %48
  %56 = load i32, i32* %55, align 4, !tbaa !5
  %57 = icmp sle i32 %56, %15
  %58 = icmp slt i32 %53, %32
  %59 = select i1 %57, i1 %58, i1 false
  br i1 %59, label %60, label %75

60:                                               ; preds = %47
  %61 = sext i32 %53 to i64
  %62 = getelementptr inbounds [1000 x i32], [1000 x i32]* @queue_arrival, i64 0, i64 %61
  %63 = load i32, i32* %62, align 4, !tbaa !5
  %64 = sub nsw i32 %15, %63
  %65 = add nsw i32 %53, 1
  store i32 %65, i32* @qhead, align 4, !tbaa !5
  %66 = add nsw i32 %64, %51
  %67 = icmp sgt i32 %64, %50
  %68 = select i1 %67, i32 %64, i32 %50
  %69 = mul nsw i32 %54, 8121
  %70 = add nsw i32 %69, 28411
  %71 = srem i32 %70, 134456
  %72 = srem i32 %71, 4
  %73 = add nsw i32 %34, %72
  store i32 %73, i32* %55, align 4, !tbaa !5
  %74 = add nsw i32 %52, 1
  br label %75

75:                                               ; preds = %60, %47
  %76 = phi i32 [ %65, %60 ], [ %49, %47 ]
  %77 = phi i32 [ %71, %60 ], [ %54, %47 ]
  %78 = phi i32 [ %65, %60 ], [ %53, %47 ]
  %79 = phi i32 [ %74, %60 ], [ %52, %47 ]
  %80 = phi i32 [ %66, %60 ], [ %51, %47 ]
  %81 = phi i32 [ %68, %60 ], [ %50, %47 ]
  %82 = add nuw nsw i64 %48, 1
  %83 = icmp eq i64 %82, %13
  br i1 %83, label %84, label %47, !llvm.loop !11

84:                                               ; preds = %75, %31
  %85 = phi i32 [ %25, %31 ], [ %77, %75 ]
  %86 = phi i32 [ %22, %31 ], [ %76, %75 ]
  %87 = phi i32 [ %19, %31 ], [ %79, %75 ]
  %88 = phi i32 [ %18, %31 ], [ %80, %75 ]
  %89 = phi i32 [ %17, %31 ], [ %81, %75 ]
  %90 = sub nsw i32 %32, %86
  %91 = icmp sgt i32 %90, %16
  %92 = select i1 %91, i32 %90, i32 %16
  %93 = add nuw nsw i32 %15, 1
  %94 = icmp eq i32 %93, %2
  br i1 %94, label %95, label %14, !llvm.loop !12

95:                                               ; preds = %84
  store i32 %85, i32* @seed, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([47 x i8], [47 x i8]* @.str, i64 0, i64 0), i32 noundef %87, i32 noundef %90, i32 noundef %92, i32 noundef %89) #3
  %96 = icmp sgt i32 %87, 0
  br i1 %96, label %97, label %100

97:                                               ; preds = %95
  %98 = mul nsw i32 %88, 100
  %99 = sdiv i32 %98, %87
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([24 x i8], [24 x i8]* @.str.1, i64 0, i64 0), i32 noundef %99) #3
  br label %100

100:                                              ; preds = %4, %97, %95
  %101 = phi i32 [ 0, %4 ], [ %87, %97 ], [ %87, %95 ]
  %102 = srem i32 %101, 256
  ret i32 %102
}

declare i32 @getint() local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
