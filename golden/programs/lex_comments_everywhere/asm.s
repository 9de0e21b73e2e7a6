	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"lex_comments_everywhere.sy"
	.globl	bump                            # -- Begin function bump
	.p2align	1
	.type	bump,@function
bump:                                   # @bump
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(counter)
	addi	a1, a1, %pcrel_lo(.LBB0_1)
	lw	a2, 0(a1)
	addw	a0, a0, a2
	sw	a0, 0(a1)
	ret
.Lfunc_end0:
	.size	bump, .Lfunc_end0-bump
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
.LBB1_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(counter)
	addi	a0, a0, %pcrel_lo(.LBB1_1)
	lw	a1, 0(a0)
	li	a2, 12
	mulw	a2, a1, a2
	addiw	a1, a1, 66
	addiw	s0, a2, 286
	sw	a1, 0(a0)
.LBB1_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB1_2)
	call	putf@plt
	mv	a0, s0
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 14
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 6
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lui	a0, 335544
	addiw	a0, a0, 1311
	mul	a0, s0, a0
	srli	a1, a0, 63
	srai	a0, a0, 32
	srli	a0, a0, 6
	addw	a0, a0, a1
	li	a1, 200
	mulw	a0, a0, a1
	subw	a0, s0, a0
	addiw	a0, a0, 14
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	counter,@object                 # @counter
	.section	.sbss,"aw",@nobits
	.globl	counter
	.p2align	2
counter:
	.word	0                               # 0x0
	.size	counter, 4

	.type	LIMIT,@object                   # @LIMIT
	.section	.rodata,"a",@progbits
	.globl	LIMIT
	.p2align	2
LIMIT:
	.word	12                              # 0xc
	.size	LIMIT, 4

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"// not a comment, /* nor this */\n"
	.size	.L.str, 34

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
