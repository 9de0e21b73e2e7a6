	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"lex_operator_adjacency.sy"
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI0_0:
	.word	0xc0900000                      # float -4.5
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	li	s0, 1
	sd	s0, 8(sp)
.LBB0_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_1)
	li	a1, 8
	li	a2, 2
	li	a3, 2
	li	a4, 8
	li	a5, -5
	li	a7, 1
	sd	s0, 0(sp)
	li	a6, 0
	call	putf@plt
.LBB0_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB0_2)
	li	a3, 1
	li	a4, -3
	li	a6, 8
	sd	s0, 0(sp)
	li	a1, 0
	li	a2, 0
	li	a5, 0
	li	a7, 0
	call	putf@plt
.LBB0_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_0)
	addi	a0, a0, %pcrel_lo(.LBB0_3)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 25
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%d %d %d %d %d %d %d %d %d\n"
	.size	.L.str, 28

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"%d %d %d %d %d %d %d %d\n"
	.size	.L.str.1, 25

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
